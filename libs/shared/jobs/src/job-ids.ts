/**
 * BullMQ refuses custom job ids that are integers or contain ":" (its key separator). The in-process driver refuses
 * them too, so code that works without Redis keeps working with it.
 */
export function assertValidJobId(id: string): void {
  if (id.length === 0 || id.length > 200) {
    throw new Error(`Invalid job id "${id}": it must be 1-200 characters.`);
  }
  if (/^\d+$/.test(id)) {
    throw new Error(`Invalid job id "${id}": an id made only of digits is reserved for generated ids.`);
  }
  if (id.includes(':')) {
    throw new Error(`Invalid job id "${id}": it must not contain ":".`);
  }
}
