// zod must be configured jitless before any schema is built: the CSP forbids eval here too.
import '../configureZod';

/*
 * What the worker computes with: parsing, checking, views, imports. Loaded by the engine on
 * first need (in the background from the start), so a worker answers a build's first view
 * without waiting for all of it to load.
 */
export { dashboardView, prepareDataset, tableRecords } from '../../analysis/view/dashboardView';
export { mapFigures } from '../../analysis/view/mapFigures';
export { withWorkspace } from '../addReport/withWorkspace';
export { importSourceFile } from './importSourceFile';
export { loadDatasetFolder, loadGazetteer } from './loadDatasetFolder';
