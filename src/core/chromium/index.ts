export { findChromium, INSTALL_CHROMIUM_HINT, OFFLINE_CHROMIUM_ARGS } from './find-chromium';
export { printPdfWithChromium, type PrintPdf } from './print-pdf';
