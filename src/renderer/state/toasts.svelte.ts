// Transient messages at the corner of the window: errors stay until read (or a while),
// confirmations fade on their own.

export type ToastKind = 'error' | 'info' | 'success';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

const LIFETIME: Record<ToastKind, number> = { error: 12_000, info: 5_000, success: 4_000 };

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  push(kind: ToastKind, message: string): number {
    const id = this.#next++;
    // The same message again moves to the front instead of piling up.
    this.items = [...this.items.filter((t) => t.kind !== kind || t.message !== message), { id, kind, message }];
    setTimeout(() => this.dismiss(id), LIFETIME[kind]);
    return id;
  }

  error(message: string): number {
    return this.push('error', message);
  }

  info(message: string): number {
    return this.push('info', message);
  }

  success(message: string): number {
    return this.push('success', message);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();

/** The user-facing message of anything thrown by the API client or the browser. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
