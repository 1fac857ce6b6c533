import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { extraHostsItem } from '../../shared/storage';
import { handleMessage } from '../../background/background-handlers';
import { connectBackground, granted, prompt } from './fakes';

async function addHost(text: string) {
  const field = screen.getByLabelText('Weitere Adresse hinzufügen');
  fireEvent.input(field, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
}

describe('options page: AdminCenter hosts', () => {
  it('lists the two default hosts', async () => {
    render(<App />);
    expect(screen.getByText('https://admincenter.amt24dev.sachsen.de')).toBeTruthy();
    expect(screen.getByText('https://admincenter.amt24.sachsen.de')).toBeTruthy();
  });

  it('adds a host after the admin allows access, and shows it', async () => {
    connectBackground(handleMessage);
    render(<App />);
    await addHost('https://acdev.service-bw.de/admincenter/');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('https://acdev.service-bw.de wurde hinzugefügt'));
    expect(await extraHostsItem.getValue()).toEqual(['https://acdev.service-bw.de']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'https://acdev.service-bw.de entfernen' })).toBeTruthy());
  });

  it('adds nothing when the admin declines the browser prompt', async () => {
    connectBackground(handleMessage);
    prompt.answer = false;
    render(<App />);
    await addHost('https://acdev.service-bw.de');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('nicht erlaubt'));
    expect(await extraHostsItem.getValue()).toEqual([]);
  });

  it('explains invalid input in German before asking the browser', async () => {
    render(<App />);
    await addHost('http://acdev.service-bw.de');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nur verschlüsselte Adressen (https://) sind erlaubt.'));
    expect(screen.getByLabelText('Weitere Adresse hinzufügen').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('options page: addresses the IT presets', () => {
  it('lists them as the IT\'s, offers "Zugriff erlauben" only where the browser does not yet allow it, and drops it once allowed', async () => {
    await fakeBrowser.storage.managed.set({ hosts: ['https://a.example.de', 'https://b.example.de'] });
    granted.add('https://a.example.de/*');
    render(<App />);
    await waitFor(() => expect(screen.getAllByText('von Ihrer IT vorgegeben')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Zugriff erlauben: https://a.example.de' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'https://b.example.de entfernen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zugriff erlauben: https://b.example.de' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Der Wegweiser arbeitet jetzt auf https://b.example.de. Laden Sie offene AdminCenter-Tabs dieser Adresse neu.'));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Zugriff erlauben/ })).toBeNull());
    expect(granted.has('https://b.example.de/*')).toBe(true);
  });
});
