import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GROUPS, counts, type TenantProgress } from '../rules/checklist';
import { ChecklistItem } from './ChecklistItem';
import { ENV_LABEL, hostOf, itemsOfGroup } from './tenant';

/** The readiness report for KISA in a tab of its own (print to PDF, Markdown download). */
function openReport(key: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?key=${encodeURIComponent(key)}`) });
}

/** One tenant's checklist: name, environment, progress and the items by group. */
export function Checklist({ progress, onStartGuide }: { progress: TenantProgress; onStartGuide(taskId: string): void }) {
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
      <p>
        <button type="button" class="secondary" onClick={() => openReport(progress.key)}>Bereitschaftsbericht öffnen</button>
      </p>
      {GROUPS.map((group) => {
        const items = itemsOfGroup(progress, group.kinds);
        return (
          <section key={group.title} class="group" aria-labelledby={`${id}-${group.kinds[0]}`}>
            <h3 id={`${id}-${group.kinds[0]}`}>{group.title}</h3>
            {items.length ? (
              <ul class="items">
                {items.map((item) => <ChecklistItem key={item.id} tenantKey={progress.key} item={item} onStartGuide={onStartGuide} />)}
              </ul>
            ) : (
              <p class="empty">{group.empty}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
