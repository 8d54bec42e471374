// In Electron the application menu sends command ids; in a browser there is no menu.

interface MenuBridge {
  onCommand(listener: (id: string) => void): void;
}

declare global {
  interface Window {
    claimdeskMenu?: MenuBridge;
  }
}

export function onMenuCommand(listener: (id: string) => void): void {
  window.claimdeskMenu?.onCommand(listener);
}
