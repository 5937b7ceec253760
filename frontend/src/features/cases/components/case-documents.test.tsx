import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, pending, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import type { CaseDocument } from '../api/care-types';

const ROUTE = `/cases/${CASE_ID}?tab=documents`;
const DOCUMENTS = `/api/v1/cases/${CASE_ID}/documents`;
const TIMELINE_KEY = ['cases', 'timeline', CASE_ID, { page: 0, size: 20 }];
const TEN_MB = 10 * 1024 * 1024;

function caseDocument(overrides: Partial<CaseDocument> = {}): CaseDocument {
  return {
    id: 'd1',
    caseId: CASE_ID,
    kind: 'HANDOVER_MINUTES',
    fileName: 'bien-ban-ban-giao.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 1_258_291,
    contentHash: 'ab12',
    uploadedByName: 'Nguyễn Thị Lan',
    createdAt: '2026-03-02T11:00:00+07:00',
    ...overrides,
  };
}

interface Setup {
  documents?: CaseDocument[];
  /** The answer to the upload, instead of storing it. */
  post?: Response | Promise<Response>;
  content?: Response;
}

function setup({ documents = [], post, content }: Setup = {}) {
  let items = documents;
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/cases/:id': json(caseView(), { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/documents': () => json({ items }),
    'POST /api/v1/cases/:id/documents': async (request) => {
      if (post) return post;
      const url = new URL(request.url);
      const bytes = await request.arrayBuffer();
      items = [
        caseDocument({
          id: 'd-new',
          kind: url.searchParams.get('kind') as CaseDocument['kind'],
          fileName: decodeURIComponent(request.headers.get('SafeReturn-File-Name') ?? 'document'),
          mediaType: request.headers.get('Content-Type') ?? '',
          sizeBytes: bytes.byteLength,
        }),
        ...items,
      ];
      return json(items[0], { status: 201 });
    },
    'GET /api/v1/cases/:id/documents/:documentId/content':
      content ??
      new Response('%PDF-1.7 biên bản', {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''x.pdf" },
      }),
  });
}

const fileInput = () => screen.getByLabelText(/^Tệp/);

describe('documents tab', { timeout: 20_000 }, () => {
  it('lists the documents with their kind, format, size and who uploaded them', async () => {
    setup({
      documents: [
        caseDocument(),
        caseDocument({ id: 'd0', kind: 'IDENTITY_DOCUMENT', fileName: 'cccd.png', mediaType: 'image/png', sizeBytes: 512 }),
      ],
    });
    renderApp({ route: ROUTE });
    const row = await screen.findByRole('row', { name: /bien-ban-ban-giao\.pdf/ });
    expect(within(row).getByText('Biên bản bàn giao')).toBeInTheDocument();
    expect(within(row).getByText('PDF')).toBeInTheDocument();
    expect(within(row).getByText('1,2 MB')).toBeInTheDocument();
    expect(within(row).getByText(/Người tải lên: Nguyễn Thị Lan/)).toBeInTheDocument();
    const other = screen.getByRole('row', { name: /cccd\.png/ });
    expect(within(other).getByText('Giấy tờ tùy thân')).toBeInTheDocument();
    expect(within(other).getByText('512 B')).toBeInTheDocument();
  });

  it('says when there is no document yet', async () => {
    setup();
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Chưa có tài liệu nào.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Tệp/)).toHaveAccessibleDescription('PDF, JPEG hoặc PNG, tối đa 10 MB.');
  });

  it('refuses a file over the size limit before sending it', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    await screen.findByText('Chưa có tài liệu nào.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Loại tài liệu/ }), 'Hồ sơ y tế');
    await user.upload(fileInput(), new File([new Uint8Array(TEN_MB + 1)], 'ho-so-y-te.pdf', { type: 'application/pdf' }));
    const tooLarge = 'Tệp lớn hơn giới hạn 10 MB: hãy nén, thu nhỏ hoặc chia nhỏ tệp.';
    expect(fileInput()).toHaveAccessibleDescription(new RegExp(tooLarge));
    // Said on the field at once; the summary (which takes focus) waits for the upload.
    expect(screen.queryByText('Hãy sửa các trường sau:')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));
    expect(screen.getByRole('link', { name: `Tệp: ${tooLarge}` })).toHaveAttribute('href', '#document-file');
    expect(network.to('POST', DOCUMENTS)).toHaveLength(0);
  });

  it('refuses a file of another type, and asks for the kind and a file', async () => {
    const network = setup();
    renderApp({ route: ROUTE });
    // Past the input's accept filter, as a drag and drop or an old browser may be.
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByText('Chưa có tài liệu nào.');
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));
    expect(screen.getByRole('combobox', { name: /Loại tài liệu/ })).toHaveAccessibleDescription('Trường này là bắt buộc.');
    expect(fileInput()).toHaveAccessibleDescription(/Hãy chọn một tệp\./);
    await user.upload(fileInput(), new File(['PK'], 'ghi-chu.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));
    expect(fileInput()).toHaveAccessibleDescription(/Chỉ nhận tệp PDF, JPEG hoặc PNG\./);
    expect(network.to('POST', DOCUMENTS)).toHaveLength(0);
  });

  it('uploads the file as the body, with its type, name and kind, then lists it', async () => {
    const network = setup();
    const { user, queryClient } = renderApp({ route: ROUTE });
    queryClient.setQueryData(TIMELINE_KEY, { items: [], page: 0, size: 20, total: 0 });
    await screen.findByText('Chưa có tài liệu nào.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Loại tài liệu/ }), 'Văn bản xác nhận nạn nhân');
    await user.upload(fileInput(), new File(['%PDF-1.7 giấy xác nhận'], 'giay xac nhan.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));

    expect(await screen.findByText('Đã tải lên “giay xac nhan.pdf”.')).toBeInTheDocument();
    const [request] = network.to('POST', DOCUMENTS);
    const url = new URL(request!.url);
    expect(url.searchParams.get('kind')).toBe('IDENTIFICATION_DECISION');
    expect(decodeURIComponent(request!.headers.get('SafeReturn-File-Name')!)).toBe('giay xac nhan.pdf');
    expect(url.searchParams.has('fileName')).toBe(false);
    expect(request!.headers.get('Content-Type')).toBe('application/pdf');
    expect(request!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request!.text()).toBe('%PDF-1.7 giấy xác nhận');

    const row = await screen.findByRole('row', { name: /giay xac nhan\.pdf/ });
    expect(within(row).getByText('Văn bản xác nhận nạn nhân')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Loại tài liệu/ })).toHaveValue('');
    expect((fileInput() as HTMLInputElement).files).toHaveLength(0);
    expect(queryClient.getQueryState(TIMELINE_KEY)?.isInvalidated).toBe(true);
  });

  it('shows that the upload is under way', async () => {
    setup({ post: pending() });
    const { user } = renderApp({ route: ROUTE });
    await screen.findByText('Chưa có tài liệu nào.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Loại tài liệu/ }), 'Tài liệu khác');
    await user.upload(fileInput(), new File(['x'], 'anh.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));
    expect(await screen.findByText('Đang tải lên “anh.png”…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đang tải lên…' })).toBeDisabled();
  });

  it.each([
    [413, 'document.too-large', 'Máy chủ từ chối tệp vì vượt quá dung lượng cho phép.'],
    [415, 'document.unsupported-type', 'Máy chủ không nhận loại tệp này. Hãy gửi tệp PDF, JPEG hoặc PNG.'],
  ])('shows the server refusing an upload with %s', async (status, code, message) => {
    setup({ post: problem(status, { code, title: 'Refused', detail: 'A document may have at most 10485760 bytes' }) });
    const { user } = renderApp({ route: ROUTE });
    await screen.findByText('Chưa có tài liệu nào.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Loại tài liệu/ }), 'Hồ sơ y tế');
    await user.upload(fileInput(), new File(['%PDF'], 'kham.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Tải tài liệu lên' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('downloads a document with the bearer token in the header and saves it under its name', async () => {
    const network = setup({ documents: [caseDocument()] });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:http://localhost/d1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Tải xuống “bien-ban-ban-giao.pdf”' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/d1', download: 'bien-ban-ban-giao.pdf' }]));
    const [request] = network.to('GET', `${DOCUMENTS}/d1/content`);
    expect(request!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(request!.headers.get('Accept')).toBe('*/*');
    expect(request!.url).not.toMatch(/token/i);
    expect(created).toHaveLength(1);
    expect(created[0]!.type).toBe('application/pdf');
    expect(await created[0]!.text()).toBe('%PDF-1.7 biên bản');
  });

  it('shows a failed download', async () => {
    setup({
      documents: [caseDocument()],
      content: problem(404, { code: 'resource.not-found', title: 'Not found' }),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Tải xuống “bien-ban-ban-giao.pdf”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không tìm thấy bản ghi. Có thể nó đã bị xóa hoặc nằm ngoài phạm vi của bạn.',
    );
    expect(click).not.toHaveBeenCalled();
  });

  it('shows a failed list with a retry', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(page([organization()])),
      'GET /api/v1/cases/:id': json(caseView(), { headers: { ETag: '"4"' } }),
      'GET /api/v1/cases/:id/documents': () =>
        fail ? problem(503, { code: 'internal', title: 'Unavailable' }) : json({ items: [caseDocument()] }),
    });
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('row', { name: /bien-ban-ban-giao\.pdf/ })).toBeInTheDocument();
  });
});
