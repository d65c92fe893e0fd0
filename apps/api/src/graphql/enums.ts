import { registerEnumType } from 'type-graphql';
import { GateState, OpsigelseKind, OutboxState, Role, StepStatus, StepType, SystemKind, TrafficLight } from '@udfasning/domain';

// The shared enums become GraphQL enums under the contract's names.
registerEnumType(Role, { name: 'Role' });
registerEnumType(StepStatus, { name: 'StepStatus' });
registerEnumType(StepType, { name: 'StepType' });
registerEnumType(OpsigelseKind, { name: 'OpsigelseKind' });
registerEnumType(SystemKind, { name: 'SystemKind' });
registerEnumType(TrafficLight, { name: 'TrafficLight' });
registerEnumType(GateState, { name: 'GateState' });
registerEnumType(OutboxState, { name: 'OutboxState' });
