import { describe, expect, it } from 'vitest';
import { TrafficLight } from '@udfasning/domain';
import { redGroups } from './OverblikPage';

const step = (number: number, title: string, trafficLight: TrafficLight) => ({
  __typename: 'BehindStep' as const,
  itemId: `${number}`,
  number,
  title,
  deadline: '2026-01-01',
  trafficLight,
});
const kommune = (name: string, behind: ReturnType<typeof step>[]) => ({ __typename: 'Kommune' as const, code: name.length, name, behind });

describe("Overblik's red kommuner on paper", () => {
  it('groups them by the red steps that make them red, biggest group first; a yellow step does not count', () => {
    const groups = redGroups([
      kommune('Albertslund', [step(1, 'Udpeg kontaktperson', TrafficLight.RED), step(4, 'Tag stilling til KP-data', TrafficLight.RED)]),
      kommune('Bornholm', [step(8, 'Afklar arkivering', TrafficLight.RED)]),
      kommune('Dragør', [step(1, 'Udpeg kontaktperson', TrafficLight.RED), step(4, 'Tag stilling til KP-data', TrafficLight.RED), step(6, 'Afslut sager', TrafficLight.YELLOW)]),
      kommune('Faxe', []),
    ]);
    expect(groups).toEqual([
      { reason: 'Over fristen på trin 1. Udpeg kontaktperson og 4. Tag stilling til KP-data', names: ['Albertslund', 'Dragør'] },
      { reason: 'Over fristen på trin 8. Afklar arkivering', names: ['Bornholm'] },
      { reason: 'En gate er overskredet', names: ['Faxe'] },
    ]);
  });
});
