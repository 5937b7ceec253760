import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditEvent, CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';

const BLUE_DRAGON = '00000000-0000-4000-a000-000000000011';

describe('a case’s access history', () => {
  it('lists who read, printed or was refused the case, in sentences, naming another organization’s reader', async () => {
    const network = mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(
        page([organization(), organization({ id: BLUE_DRAGON, nameVi: 'Tổ chức Rồng Xanh', kind: 'NGO' })]),
      ),
      'GET /api/v1/cases/:id': json(caseView(), { headers: { ETag: '"4"' } }),
      'GET /api/v1/cases/:id/access-history': json(
        page(
          [
            auditEvent({ id: 44, action: 'CASE_PRINTED', fieldGroups: 'IDENTITY,CONTACT' }),
            auditEvent({ id: 43, action: 'CASE_SHARED_READ', actorName: 'Tổ chức Rồng Xanh (API)', organizationId: BLUE_DRAGON, fieldGroups: 'IDENTITY' }),
          ],
          { total: 2 },
        ),
      ),
    });
    const { user } = renderApp({ route: `/cases/${CASE_ID}` });
    await user.click(await screen.findByRole('tab', { name: 'Lịch sử truy cập' }));
    const table = await screen.findByRole('table', { name: 'Lịch sử truy cập' });
    const [, printed, shared] = within(table).getAllByRole('row');
    expect(printed).toHaveTextContent('Nguyễn Thị Lan in biên bản của hồ sơ QN-2026-000003 — nhóm thông tin: nhân thân, thông tin liên lạc');
    expect(shared).toHaveTextContent('Tổ chức Rồng Xanh (API) xem phần được chia sẻ của hồ sơ QN-2026-000003 — nhóm thông tin: nhân thân');
    expect(await within(shared!).findByText('(Tổ chức Rồng Xanh)')).toBeInTheDocument();
    expect(network.to('GET', `/api/v1/cases/${CASE_ID}/access-history`)).toHaveLength(1);
  });
});
