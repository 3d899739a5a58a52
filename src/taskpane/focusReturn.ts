// Where focus goes back to after 예외로 두기 / 예외 취소: the re-check rebuilds the list, so the
// finding's button asks, when it mounts, whether it is the one to take focus (by finding key).
let pending: string | null = null;

export function returnFocusTo(findingKey: string): void {
  pending = findingKey;
}

/** True once for the finding focus should return to. */
export function takeFocus(findingKey: string): boolean {
  if (pending === null || pending !== findingKey) return false;
  pending = null;
  return true;
}
