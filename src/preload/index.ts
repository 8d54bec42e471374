// Exposes the API to the sandboxed renderer as named functions, one per method, and a
// way to hear the menu's commands; nothing else: no ipcRenderer, no Node.

import { contextBridge, ipcRenderer } from 'electron';
import { MENU_COMMAND_CHANNEL, METHOD_NAMES, channelOf } from '../shared/methods';

const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
);

contextBridge.exposeInMainWorld('claimdesk', bridge);

/** The listener receives only the command id, never the IPC event. */
contextBridge.exposeInMainWorld('claimdeskMenu', {
  onCommand(listener: (id: string) => void): void {
    ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, id: unknown) => {
      if (typeof id === 'string') listener(id);
    });
  },
});
