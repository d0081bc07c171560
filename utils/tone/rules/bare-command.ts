/**
 * Bare commands: a whole comment that is only an order with no reason ("Change this.", "Fix it!", "Remove this
 * line."). It fires only when the entire comment is such an order: any reason, a "please", a conventional label
 * ("nit: rename") or a second thought makes it an ordinary review request.
 */
import type { ToneRule } from '../types';
import { finding, phrasePattern } from './shared';

const VERB = `change|fix|remove|delete|drop|revert|undo|redo|rewrite|rename|move|replace|use|stop|simplify|split|refactor|update|handle|reformat|rework|clean up|get rid of|take out|rip out|throw away|lose|ditch`;
const OBJECT = `this|that|it|these|those|them|everything|all of (this|that|these|them)|(this|that|the|these|those) (whole )?(line|lines|file|function|method|code|part|block|test|tests|one|stuff|thing|bit|change|check|import|comment|variable|class|constant|call|loop|section|hack|mess|thing)`;
// "Do it." alone is usually a go-ahead, so "do" counts only in the negative ("Don't do this.").
const COMMAND = `(just )?((don't |do not |never )(${VERB}|do)|${VERB}) (${OBJECT})( (now|already|asap|immediately|again|back|out|up|instead|too))*`;
const WHOLE_COMMENT = phrasePattern(String.raw`^\s*(?<first>${COMMAND})\s*[.!]*( ${COMMAND}\s*[.!]*)*\s*$`, '');

const MESSAGE = 'An order with no reason can read as curt; add why, or phrase it as a question.';

function kinderCommand(command: string): string {
  const plain = command.replace(/^just\s+/i, '').replace(/\s+/g, ' ');
  const negative = /^(?:don't|do not|never)\s+(.*)$/i.exec(plain);
  if (negative) return `I'd suggest we don't ${negative[1]?.toLowerCase()}, because …`;
  return `I'd suggest we ${plain.charAt(0).toLowerCase()}${plain.slice(1)}, because …`;
}

export const bareCommandRule: ToneRule = {
  category: 'bare-command',
  run(context, out) {
    const { lower } = context;
    // Cheap guard: bare commands are short.
    if (lower.length > 120) return;
    const match = WHOLE_COMMENT.exec(lower);
    if (!match) return;
    const start = lower.search(/\S/);
    let end = lower.length;
    while (end > start && /\s/.test(lower[end - 1] as string)) end--;
    const firstCommand = context.text.slice(start, start + (match.groups?.first?.length ?? 0));
    out.push(finding(context, start, end, 'bare-command', 'bare-command', MESSAGE, kinderCommand(firstCommand), true));
  },
};
