import type { NamedArea } from '../../domain/place';
import { GroupNameField } from './GroupNameField';
import { GroupSaveBar, type Message } from './GroupSaveBar';
import { GroupShare } from './GroupShare';
import { WardChecklist } from './WardChecklist';

interface GroupBuilderProps {
  draft: string;
  /** The place's wards, by name. */
  wards: readonly NamedArea[];
  selected: ReadonlySet<string>;
  count: number;
  total: number;
  saved: boolean;
  message: Message;
  /** The group's link ('' while no ward is ticked, and then no share box). */
  shareUrl: string;
  copyStatus: string;
  /** "this group" or the group's name in quotes. */
  label: string;
  briefingHref: string;
  onRename(value: string): void;
  onToggle(code: string): void;
  onTickAll(): void;
  onUntickAll(): void;
  onSave(): void;
  onCopy(): void;
}

/** "Make or change a group": the name, the wards, saving and sharing. */
export function GroupBuilder(props: GroupBuilderProps) {
  const { draft, wards, selected, count, total, saved, message, shareUrl, copyStatus, label, briefingHref } = props;
  return (
    <section className="gr-builder" aria-labelledby="gr-make-title">
      <h3 id="gr-make-title" className="gr-section-title">
        Make or change a group
      </h3>
      <GroupNameField draft={draft} onChange={props.onRename} />
      <WardChecklist
        wards={wards}
        selected={selected}
        count={count}
        total={total}
        onToggle={props.onToggle}
        onTickAll={props.onTickAll}
        onUntickAll={props.onUntickAll}
      />
      <GroupSaveBar saved={saved} message={message} onSave={props.onSave} />
      {shareUrl && (
        <GroupShare shareUrl={shareUrl} copyStatus={copyStatus} label={label} briefingHref={briefingHref} onCopy={props.onCopy} />
      )}
    </section>
  );
}
