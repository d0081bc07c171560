import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import { upcomingMeetingLine } from '../../utils/reviews/upcoming';
import type { PageState } from './usePopupData';

/**
 * On a pull request by someone the user meets in the coming week (a 1:1 Leadway saw on the calendar), one line
 * saying so. Nothing while review memory is off: the background answers null then.
 */
export function useUpcomingMeeting(page: PageState, now: () => number): string | undefined {
  const [line, setLine] = useState<string | undefined>(undefined);
  const author = page.state === 'page' ? page.context.prAuthor : undefined;
  const host = page.state === 'page' ? page.context.prHost : undefined;
  useEffect(() => {
    if (!author || !host) return;
    let live = true;
    askBackground('upcomingOneOnOne', { login: author, host }).then(
      (meeting) => {
        if (live && meeting) setLine(upcomingMeetingLine(meeting.name, meeting.start, now()));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [author, host]);
  return line;
}

export function UpcomingMeeting({ line }: { line: string }) {
  return (
    <p class="pp-meet" data-line="upcoming-one-on-one">
      {line}
    </p>
  );
}
