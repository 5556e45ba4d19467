import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, message } from '../api/client';
import type { AccountBalance, RowTransaction } from '../api/schema';
import { useLive } from '../live';
import { today } from '../dates';
import { Attachments } from '../Attachments';

const ACCOUNTS = '/v1/workspaces/{workspace_id}/accounts' as const;
const TXS = '/v1/workspaces/{workspace_id}/transactions' as const;

/** The currency's minor digits, as the core formatted the account's balance. */
function digits(b: AccountBalance): number {
  const dot = b.balance.indexOf('.');
  return dot < 0 ? 0 : b.balance.length - dot - 1;
}

/** `12.5` → 1250 for two digits, exactly (no floating point); null if malformed. */
function toMinor(text: string, d: number): number | null {
  const m = text.trim().match(/^([+-]?)(\d+)(?:[.,](\d+))?$/);
  if (!m || (m[3] ?? '').length > d) return null;
  const v = Number(m[2] + (m[3] ?? '').padEnd(d, '0'));
  return Number.isSafeInteger(v) ? (m[1] === '-' ? -v : v) : null;
}

/** 1250 with two digits → `12.50`, exactly. */
function fromMinor(minor: number, d: number): string {
  const s = String(Math.abs(minor)).padStart(d + 1, '0');
  const whole = d ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
  return minor < 0 ? `-${whole}` : whole;
}

export function Finance({ ws }: { ws: string }) {
  const [balances, setBalances] = useState<AccountBalance[]>([]);
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [account, setAccount] = useState('');
  const [amount, setAmount] = useState('');
  const [payee, setPayee] = useState('');
  const [txs, setTxs] = useState<RowTransaction[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/reports/balances', { params: { path: { workspace_id: ws } } });
      setBalances(data ?? []);
      const { data: page } = await api.GET(TXS, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      // The latest first, a screenful of them.
      setTxs((page?.items ?? []).sort((a, b) => b.booking_date.localeCompare(a.booking_date) || b.id.localeCompare(a.id)).slice(0, 20));
      if (data?.length && !data.some((b) => b.account_id === account)) setAccount(data[0].account_id);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const fail = (err: unknown) =>
    setErrors({ [err instanceof ApiError && err.field ? err.field : '_']: message(err) });

  const addAccount = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    try {
      await api.POST(ACCOUNTS, { params: { path: { workspace_id: ws } }, body: { name, currency_code: currency, opening_date: today() } });
      setName('');
      load();
    } catch (err) {
      fail(err);
    }
  };
  const addTx = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    const b = balances.find((x) => x.account_id === account);
    if (!b) return setErrors({ account_id: 'pick an account' });
    const minor = toMinor(amount, digits(b));
    if (minor === null) return setErrors({ amount_minor: `an amount like -12.50 (${digits(b)} decimals)` });
    try {
      await api.POST(TXS, {
        params: { path: { workspace_id: ws } },
        body: { account_id: account, booking_date: today(), amount_minor: minor, currency_code: b.currency_code, payee },
      });
      setAmount('');
      setPayee('');
      load();
    } catch (err) {
      fail(err);
    }
  };
  const err = (f: string) => errors[f] && <p id={`${f}-error`} class="error" role="alert">{errors[f]}</p>;

  return (
    <section>
      {error && <p class="error" role="alert">{error}</p>}
      <h2>Balances</h2>
      <ul class="list" aria-label="Balances">
        {balances.map((b) => (
          <li key={b.account_id}>
            <span class="grow">{b.name}</span>
            <span class="meta">{b.kind.replace('_', ' ')}</span>
            <strong class={b.balance_minor < 0 ? 'neg' : ''}>{b.balance} {b.currency_code}</strong>
          </li>
        ))}
        {balances.length === 0 && <li class="empty">No accounts yet.</li>}
      </ul>
      <h2>Recent transactions</h2>
      <ul class="list" aria-label="Transactions">
        {txs.map((t) => {
          const b = balances.find((x) => x.account_id === t.account_id);
          const what = t.payee || t.category || 'Transaction';
          return (
            <li key={t.id}>
              <span class="grow">{what}<span class="meta sub">{t.booking_date}{b ? ` · ${b.name}` : ''}</span></span>
              <strong class={t.amount_minor < 0 ? 'neg' : ''}>{b ? fromMinor(t.amount_minor, digits(b)) : t.amount_minor} {t.currency_code}</strong>
              <button type="button" class="ghost" aria-expanded={open === t.id} aria-label={`Receipts of ${what} ${t.booking_date}`}
                onClick={() => setOpen(open === t.id ? null : t.id)}>Receipts</button>
              {open === t.id && <Attachments ws={ws} entity="transaction" entityId={t.id} label={`${what} ${t.booking_date}`} />}
            </li>
          );
        })}
        {txs.length === 0 && <li class="empty">No transactions yet.</li>}
      </ul>
      <div class="two">
        <form class="card" onSubmit={addTx}>
          <h2>Add a transaction</h2>
          <label for="tx-account">Account</label>
          <select id="tx-account" value={account} onChange={(e) => setAccount((e.target as HTMLSelectElement).value)}>
            {balances.map((b) => <option key={b.account_id} value={b.account_id}>{b.name}</option>)}
          </select>
          {err('account_id')}
          <label for="tx-amount">Amount</label>
          <input id="tx-amount" inputMode="decimal" placeholder="-12.50" value={amount}
            aria-describedby={errors.amount_minor ? 'amount_minor-error' : undefined}
            onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
          {err('amount_minor')}
          <label for="tx-payee">Payee</label>
          <input id="tx-payee" value={payee} onInput={(e) => setPayee((e.target as HTMLInputElement).value)} />
          {err('payee')}
          <button type="submit">Add transaction</button>
        </form>
        <form class="card" onSubmit={addAccount}>
          <h2>Add an account</h2>
          <label for="acct-name">Account name</label>
          <input id="acct-name" value={name} aria-describedby={errors.name ? 'name-error' : undefined}
            onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          {err('name')}
          <label for="acct-currency">Currency</label>
          <input id="acct-currency" value={currency} maxLength={3} aria-describedby={errors.currency_code ? 'currency_code-error' : undefined}
            onInput={(e) => setCurrency((e.target as HTMLInputElement).value.toUpperCase())} />
          {err('currency_code')}
          <button type="submit">Add account</button>
        </form>
      </div>
      {err('_')}
    </section>
  );
}
