import * as migration_20261129_234057_initial from './20261129_234057_initial';

export const migrations = [
  {
    up: migration_20261129_234057_initial.up,
    down: migration_20261129_234057_initial.down,
    name: '20261129_234057_initial'
  },
];
