/** The one thing the core asks of a cancellation token: may it stop now? */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

/** Thrown by long core work when its token is cancelled; adapters turn it into a cancelled reply. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new CancelledError();
}
