import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { forgetLocalData } from './forget-local-data';

describe('forgetting local data on sign-out', () => {
  it('drops every cached answer and stored value but the language and the sign-in flow', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['cases', 'detail', 'x'], { person: { fullName: 'Trần Thị Mai' } });
    localStorage.setItem('safereturn.language', 'en');
    localStorage.setItem('safereturn.intakeDraft.worker', '{"values":{"person":{"fullName":"Trần Thị Mai"}}}');
    sessionStorage.setItem('safereturn.something', 'x');
    sessionStorage.setItem('oidc.user:realm:client', '{}');

    forgetLocalData(queryClient);

    expect(queryClient.getQueryData(['cases', 'detail', 'x'])).toBeUndefined();
    expect(localStorage.getItem('safereturn.intakeDraft.worker')).toBeNull();
    expect(sessionStorage.getItem('safereturn.something')).toBeNull();
    expect(localStorage.getItem('safereturn.language')).toBe('en');
    expect(sessionStorage.getItem('oidc.user:realm:client')).toBe('{}');
  });
});
