import * as migration_20261129_235510_initial from './20261129_235510_initial';

export const migrations = [
  {
    up: migration_20261129_235510_initial.up,
    down: migration_20261129_235510_initial.down,
    name: '20261129_235510_initial'
  },
];
