import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses a document with more than `maxAliases` aliased fields, before anything runs. Aliases let one request ask
 * for the same expensive field hundreds of times; a screen needs a handful.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias || reported) return;
        aliases += 1;
        if (aliases > maxAliases) {
          reported = true;
          context.reportError(
            new GraphQLError(`別名(エイリアス)が多すぎます(上限${maxAliases}個)。`, {
              nodes: [node],
              extensions: { reason: 'TOO_MANY_ALIASES', maxAliases },
            }),
          );
        }
      },
    };
  };
}
