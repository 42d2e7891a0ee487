// The benchmark's second reference: the least a client-rendered React page can do to show the grid's first 25
// rows. It fetches the same list request as the app (started before React renders, the earliest a script can),
// and renders the same three columns as the static page: no router, no query cache, no styles, no formatting.
// Whatever the app needs beyond this is the app's own cost; what this needs beyond the static page is the cost of
// rendering on the client at all.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Row {
  id: string;
  name: string;
  status: string;
  audit?: { created?: { at?: string } };
}

// The benchmark passes the list request (path and query) in the page's own query string.
const request = new URLSearchParams(location.search).get('request') ?? '';
// The mock server takes any well-formed token; this one belongs to nothing.
const rows: Promise<Row[]> = fetch(request, { headers: { Authorization: 'Bearer idt:TKN-0000-0001:bench' } })
  .then((response) => response.json() as Promise<{ data: Row[] }>)
  .then((body) => body.data);

function Table() {
  const [data, setData] = useState<Row[] | null>(null);
  useEffect(() => {
    void rows.then(setData);
  }, []);
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h('tr', null, h('th', null, 'API token'), h('th', null, 'Date created'), h('th', null, 'Status')),
    ),
    h(
      'tbody',
      null,
      (data ?? []).map((row) =>
        h(
          'tr',
          { key: row.id },
          h('td', null, row.name, h('br'), row.id),
          h('td', null, row.audit?.created?.at),
          h('td', null, row.status),
        ),
      ),
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(Table));
