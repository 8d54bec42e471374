// The API's method names alone, so the preload bridge can list them without loading the
// schemas. api.ts checks at compile time that its table has exactly these.

export const METHOD_NAMES = [
  'getCase',
  'getCaseSummary',
  'getArticleAppearances',
  'getArticle',
  'importFile',
  'cancelImport',
  'getImportProgress',
  'importText',
  'importHtml',
  'updateArticle',
  'saveLayout',
  'search',
  'updateWorkspace',
  'createClaim',
  'updateClaim',
  'deleteClaim',
  'createTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'addAppearance',
  'deleteAppearance',
  'confirmAppearance',
  'createSource',
  'updateSource',
  'deleteSource',
  'linkEvidence',
  'updateEvidence',
  'unlinkEvidence',
  'exportReport',
  'checkReport',
  'importAnnotations',
  'undo',
  'redo',
  'getUndoState',
  'getRevision',
  'getHistory',
  'importSources',
  'exportSources',
  'getSuggestions',
  'listSuggestions',
  'dismissSuggestion',
  'getVersionChanges',
  'moveOrphan',
  'getSilentEdits',
  'getClusters',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel of one method. */
export const channelOf = (method: MethodName): string => `claimdesk:${method}`;

/** The channel on which the Electron menu asks the renderer to run one of its commands, by id. */
export const MENU_COMMAND_CHANNEL = 'claimdesk:menu-command';
