/** The whole pilot hall: every named part, in the order the model lists them. */
import { POS, buildColumns, buildFloor, buildFloorMarkings, buildLighting, buildTrusses, buildWalls } from './building';
import { buildDistillationColumn, buildFermenter, buildHeatExchanger, buildHopper, buildPretreatmentReactor, buildPump, buildScrewFeeder, buildSteamExplosion, buildStorageTank } from './equipment';
import { buildDecanter } from './decanter';
import { type Group, buildControlRoom, buildIbcs, buildPipeRack, buildPlatform } from './structures';

export function buildHall(): Group[] {
  return [
    { name: 'building', parts: [buildFloor(), buildWalls(), buildColumns(), buildTrusses(), buildLighting(), buildFloorMarkings()] },
    { name: 'pretreatment', parts: [buildHopper(), buildScrewFeeder(), buildPretreatmentReactor(), buildSteamExplosion()] },
    { name: 'fermentation', parts: POS.fermenters.map((at, i) => buildFermenter(`fermenter-${i + 1}`, at)) },
    {
      name: 'storage',
      parts: [
        buildStorageTank('storage-tank-1', POS.storage[0]!, 1.5, 6.2),
        buildStorageTank('storage-tank-2', POS.storage[1]!, 1.5, 6.2),
        buildStorageTank('storage-tank-3', POS.storage[2]!, 1.3, 5.0),
        buildIbcs(),
      ],
    },
    { name: 'utilities', parts: [buildPipeRack(), buildHeatExchanger(), ...POS.pumps.map((at, i) => buildPump(`pump-${i + 1}`, at))] },
    { name: 'separation', parts: [buildDistillationColumn(), buildDecanter()] },
    { name: 'platform', parts: buildPlatform() },
    { name: 'control', parts: [buildControlRoom()] },
  ];
}
