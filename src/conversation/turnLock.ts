/** Serialises the turns of one conversation; implemented in src/state (memory and Redis). */
export interface TurnLock {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}
