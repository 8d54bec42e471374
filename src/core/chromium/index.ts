export { findChromium, INSTALL_CHROMIUM_HINT, OFFLINE_CHROMIUM_ARGS } from './find-chromium';
export { chromiumPrinter, printPdfWithChromium, type PrintPdf } from './print-pdf';
