// The side panel's "Diagnose speichern" without an AdminCenter page to describe: a clear German message.
import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/preact';
import { DiagnoseSection } from '../../components/DiagnoseSection';

describe('DiagnoseSection', () => {
  it('asks for an AdminCenter tab first when none is open, and offers no file', async () => {
    render(<DiagnoseSection tab={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Diagnose speichern' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Öffnen Sie zuerst die AdminCenter-Seite, die Sie beschreiben möchten, in einem Tab.'));
    expect(screen.queryByRole('button', { name: 'Datei speichern' })).toBeNull();
  });
});
