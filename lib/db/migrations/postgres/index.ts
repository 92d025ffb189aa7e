import * as migration_20261129_235510_initial from './20261129_235510_initial';
import * as migration_20261130_015229_editorial_workflow from './20261130_015229_editorial_workflow';
import * as migration_20261130_054019_list_indexes from './20261130_054019_list_indexes';
import * as migration_20261130_080148_first_published from './20261130_080148_first_published';
import * as migration_20261202_053027_search_index from './20261202_053027_search_index';
import * as migration_20261202_082138_media_storage_prefix from './20261202_082138_media_storage_prefix';
import * as migration_20261202_090314_editor_settings_versions from './20261202_090314_editor_settings_versions';
import * as migration_20261202_094748_search_postings from './20261202_094748_search_postings';

export const migrations = [
  {
    up: migration_20261129_235510_initial.up,
    down: migration_20261129_235510_initial.down,
    name: '20261129_235510_initial',
  },
  {
    up: migration_20261130_015229_editorial_workflow.up,
    down: migration_20261130_015229_editorial_workflow.down,
    name: '20261130_015229_editorial_workflow',
  },
  {
    up: migration_20261130_054019_list_indexes.up,
    down: migration_20261130_054019_list_indexes.down,
    name: '20261130_054019_list_indexes',
  },
  {
    up: migration_20261130_080148_first_published.up,
    down: migration_20261130_080148_first_published.down,
    name: '20261130_080148_first_published',
  },
  {
    up: migration_20261202_053027_search_index.up,
    down: migration_20261202_053027_search_index.down,
    name: '20261202_053027_search_index',
  },
  {
    up: migration_20261202_082138_media_storage_prefix.up,
    down: migration_20261202_082138_media_storage_prefix.down,
    name: '20261202_082138_media_storage_prefix',
  },
  {
    up: migration_20261202_090314_editor_settings_versions.up,
    down: migration_20261202_090314_editor_settings_versions.down,
    name: '20261202_090314_editor_settings_versions',
  },
  {
    up: migration_20261202_094748_search_postings.up,
    down: migration_20261202_094748_search_postings.down,
    name: '20261202_094748_search_postings'
  },
];
