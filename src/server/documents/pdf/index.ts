export { renderPdf, type RenderOptions } from './render';
export { fontBuffers, FONT } from './fonts';
