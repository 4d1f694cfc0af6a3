/** The data files that are not a theme's (a theme's file is named in themes.ts). */
export const SOURCES_FILE = 'sources.json';
export const PANELS_FILE = 'panels.json';
export const PLAN_FILE = 'plan.json';

/** What an id in the data and in a shared link looks like: lower-case letters and digits joined by "." or "-". */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
