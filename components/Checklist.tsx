import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GROUPS, TASK_OF, counts, type TenantProgress } from '../rules/checklist';
import { ChecklistGroup } from './ChecklistGroup';
import { NextStep } from './NextStep';
import { ENV_LABEL, hostOf, itemsOfGroup } from './tenant';

/** The readiness report for KISA in a tab of its own (print to PDF, Markdown download). */
function openReport(key: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?key=${encodeURIComponent(key)}`) });
}

/** One tenant's checklist: name, environment, progress, the next step, and the items by group. */
export function Checklist({ progress, onStartGuide, hidden = [] }: { progress: TenantProgress; onStartGuide(taskId: string): void; hidden?: readonly string[] }) {
  const id = useId();
  const { done, total } = counts(progress);
  return (
    <section class="checklist" aria-labelledby={`${id}-tenant`}>
      <div class="tenant-head">
        <h2 id={`${id}-tenant`}>{progress.tenant}</h2>
        <span class={`badge badge-${progress.env}`}>{ENV_LABEL[progress.env]}</span>
      </div>
      <p class="tenant-host">{hostOf(progress.host)}</p>
      <progress id={`${id}-bar`} max={total} value={done} aria-labelledby={`${id}-count`} />
      <p id={`${id}-count`} class="progress-text">{`${done} von ${total} erledigt`}</p>
      <NextStep progress={progress} onStartGuide={onStartGuide} />
      {/* A group whose every task the IT hides is left out. */}
      {GROUPS.filter((group) => group.kinds.some((kind) => !hidden.includes(TASK_OF[kind]))).map((group) => (
        <ChecklistGroup key={group.title} id={`${id}-${group.kinds[0]}`} title={group.title} empty={group.empty} tenantKey={progress.key} onStartGuide={onStartGuide}
          items={itemsOfGroup(progress, group.kinds)} />
      ))}
      <p class="report-link">
        <button type="button" class="secondary" onClick={() => openReport(progress.key)}>Bereitschaftsbericht öffnen</button>
      </p>
    </section>
  );
}
