import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import { LANGUAGE_STORAGE_KEY } from './i18n';

function directory() {
  mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([organization()])),
  });
}

describe('language switch', () => {
  it('starts in Vietnamese and switches to English, remembering the choice', async () => {
    directory();
    const { user } = renderApp({ route: '/directory/organizations' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cơ quan, tổ chức' })).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Trung tâm công tác xã hội' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('vi');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Social work centre' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the language remembered last time', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    directory();
    renderApp({ route: '/directory/organizations' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
  });

  it('ignores a stored value that is not a language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    directory();
    renderApp({ route: '/directory/organizations' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cơ quan, tổ chức' })).toBeInTheDocument();
  });
});
