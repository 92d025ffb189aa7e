import * as migration_20261129_235451_initial from './20261129_235451_initial';

export const migrations = [
  {
    up: migration_20261129_235451_initial.up,
    down: migration_20261129_235451_initial.down,
    name: '20261129_235451_initial'
  },
];
