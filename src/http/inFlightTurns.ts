/** Counts turns in progress so a SIGTERM can wait for them before the process exits. */
export class InFlightTurns {
  private running = new Set<Promise<unknown>>();

  get count(): number {
    return this.running.size;
  }

  track<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.add(promise);
    const forget = () => this.running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Resolves when every tracked turn has settled, or after `timeoutMs`, whichever is first. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.allSettled([...this.running]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
