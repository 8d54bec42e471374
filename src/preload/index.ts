// Exposes the API to the sandboxed renderer as named functions, one per method, and
// nothing else: no ipcRenderer, no Node.

import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, channelOf } from '../shared/methods';

const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
);

contextBridge.exposeInMainWorld('claimdesk', bridge);
