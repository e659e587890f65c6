import type { CST } from 'yaml';

/**
 * The deepest collection nesting a YAML file may have. Landscapes need five levels and front
 * matter two; the limit keeps the recursive composer, `toJS` and zod far from the stack's end.
 */
export const MAX_YAML_DEPTH = 64;

interface Pending {
  token: CST.Token;
  depth: number;
}

function isCollection(token: CST.Token): token is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/** Pushes every child token of `token` that can hold further nesting. */
function pushChildren(token: CST.Token, depth: number, stack: Pending[]): void {
  if (token.type === 'document') {
    if (token.value) stack.push({ token: token.value, depth });
    return;
  }
  if (!isCollection(token)) return;
  for (const item of token.items) {
    if (item.key) stack.push({ token: item.key, depth });
    if (item.value) stack.push({ token: item.value, depth });
  }
}

/**
 * Finds the first collection nested deeper than `limit` in a parsed token stream, walking with
 * an explicit stack so that the walk itself cannot overflow. Returns its offset in the source.
 */
export function firstTooDeep(tokens: readonly CST.Token[], limit = MAX_YAML_DEPTH): number | undefined {
  let found: number | undefined;
  for (const root of tokens) {
    const stack: Pending[] = [{ token: root, depth: 0 }];
    while (stack.length > 0) {
      const { token, depth } = stack.pop()!;
      const level = isCollection(token) ? depth + 1 : depth;
      if (level > limit) {
        if (found === undefined || token.offset < found) found = token.offset;
        continue;
      }
      pushChildren(token, level, stack);
    }
  }
  return found;
}
