/**
 * The page's notebook controls (Run all cells, Reset all cells) reach the cells that can run through
 * this module: ES modules are page-wide singletons, so the controls and every cell share it.
 */
import { listeners } from './listeners';

export type CellCommand = 'run' | 'clear';

export const cellCommands = listeners<CellCommand>();
