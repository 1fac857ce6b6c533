import { useStoredValue } from './useStoredValue';
import { progressSetAsideItem } from '../shared/storage';

/** Damaged stored checklists are never deleted: the admin learns they were set aside. */
export function SetAsideNotice() {
  const aside = useStoredValue(progressSetAsideItem);
  const count = aside ? Object.keys(aside).length : 0;
  if (!count) return null;
  return (
    <p class="status-line" role="status">
      {count === 1 ? 'Ein gespeicherter Eintrag war beschädigt' : `${count} gespeicherte Einträge waren beschädigt`} und wurde
      {count === 1 ? '' : 'n'} beiseitegelegt; alle anderen Mandanten sind unverändert. Bitte prüfen Sie die betroffene Checkliste.
    </p>
  );
}
