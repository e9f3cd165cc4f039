/** Drawing computational graphs: view model, layout, SVG and table. */
export { graphView, sinkId } from './to-view';
export { layout, type Layout, type Point } from './layout';
export { graphSvg } from './svg';
export { graphTable } from './table';
