import { trafficLightLabel, type TrafficLight } from '@udfasning/domain';

const badgeClass: Record<TrafficLight, string> = {
  GREEN: 'badge-success',
  YELLOW: 'badge-warning',
  RED: 'badge-error',
};

/** The traffic light as text and colour: never colour alone. */
export function TrafficLightBadge({ value }: { value: TrafficLight }) {
  return (
    <span className={`badge badge-small ${badgeClass[value]} traffic-light traffic-light--${value.toLowerCase()}`}>
      <span aria-hidden="true" className="traffic-light-dot" />
      {trafficLightLabel[value]}
    </span>
  );
}
