/**
 * The items of a list a pattern matched ("Dublin, County Louth, and County Mayo"; "Accenture,
 * Blackstone, …, and Western Digital"), each with its document offsets, so that the finders of
 * listed places and listed bodies cut a list the same way.
 */
export interface ListItem {
  text: string;
  start: number;
  end: number;
}

/**
 * `separator` (global) divides the items; a leading lowercase "the " is no part of an item's
 * name ("the Gates Foundation"), so the item starts after it.
 */
export function listItems(list: string, at: number, separator: RegExp): ListItem[] {
  const items: ListItem[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = list.slice(from, to);
    const lead = raw.startsWith('the ') ? 4 : 0;
    items.push({ text: raw.slice(lead), start: at + from + lead, end: at + to });
  };
  separator.lastIndex = 0;
  for (let match = separator.exec(list); match; match = separator.exec(list)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(list.length);
  return items;
}
