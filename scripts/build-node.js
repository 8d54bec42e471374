// Second half of `npm run build`: the Node entry points, after electron-vite's three bundles.
import { build } from 'vite';

await build({ configFile: 'vite.node.config.ts', logLevel: 'warn' });
