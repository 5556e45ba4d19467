import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { AccountBalance, RowBudget, RowTransaction } from '../api/schema';
import { useLive } from '../live';
import { thisMonth, today, shortDate } from '../dates';
import { Attachments } from '../Attachments';
import { Field, FormError, useErrors } from '../ui';
import { digits, digitsOf, fromMinor, toMinor } from '../money';
import type { PageProps } from '../page';

const ACCOUNTS = '/v1/workspaces/{workspace_id}/accounts' as const;
const TXS = '/v1/workspaces/{workspace_id}/transactions' as const;
const TX = '/v1/workspaces/{workspace_id}/transactions/{id}' as const;
const BUDGETS = '/v1/workspaces/{workspace_id}/budgets' as const;
const KINDS = ['checking', 'savings', 'credit_card', 'cash', 'investment', 'loan'] as const;

function TxForm({ ws, balances, onDone }: { ws: string; balances: AccountBalance[]; onDone: () => void }) {
  const [account, setAccount] = useState(balances[0]?.account_id ?? '');
  const [amount, setAmount] = useState('');
  const [payee, setPayee] = useState('');
  const [category, setCategory] = useState('');
  const [date, setDate] = useState(today());
  const [memo, setMemo] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  useEffect(() => {
    if (!balances.some((b) => b.account_id === account) && balances[0]) setAccount(balances[0].account_id);
  }, [balances]);
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const b = balances.find((x) => x.account_id === account);
    if (!b) return setErrors({ account_id: 'add an account first' });
    const minor = toMinor(amount, digits(b));
    if (minor === null) return setErrors({ amount_minor: `an amount like -12.50 (${digits(b)} decimals); negative for money out` });
    try {
      await api.POST(TXS, {
        params: { path: { workspace_id: ws } },
        body: { account_id: account, booking_date: date, amount_minor: minor, currency_code: b.currency_code, payee, category, memo },
      });
      setAmount(''); setPayee(''); setMemo('');
      onDone();
    } catch (err) {
      fail(err, ['account_id', 'booking_date', 'amount_minor', 'payee', 'category', 'memo']);
    }
  };
  return (
    <form class="card" onSubmit={add} aria-label="Add a transaction">
      <h2>Add a transaction</h2>
      <div class="grid2">
        <Field id="tx-account" label="Account" name="account_id" errors={errors} kind="select" value={account} onValue={setAccount}>
          {balances.map((b) => <option key={b.account_id} value={b.account_id}>{b.name}</option>)}
        </Field>
        <Field id="tx-date" label="Date" name="booking_date" errors={errors} type="date" value={date} onValue={setDate} />
        <Field id="tx-amount" label="Amount" name="amount_minor" errors={errors} errorId="amount_minor-error" inputMode="decimal" placeholder="-12.50" value={amount} onValue={setAmount} hint="Negative for money out" />
        <Field id="tx-payee" label="Payee" name="payee" errors={errors} value={payee} onValue={setPayee} />
        <Field id="tx-category" label="Category" name="category" errors={errors} value={category} onValue={setCategory} placeholder="groceries" />
        <Field id="tx-memo" label="Memo" name="memo" errors={errors} value={memo} onValue={setMemo} />
      </div>
      <FormError errors={errors} />
      <button type="submit">Add transaction</button>
    </form>
  );
}

function AccountForm({ ws, onDone }: { ws: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('checking');
  const [currency, setCurrency] = useState('EUR');
  const [opening, setOpening] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const minor = opening.trim() ? toMinor(opening, 2) : 0;
    if (minor === null) return setErrors({ opening_balance_minor: 'an amount like 100.00' });
    try {
      await api.POST(ACCOUNTS, { params: { path: { workspace_id: ws } }, body: { name, kind: kind as (typeof KINDS)[number], currency_code: currency, opening_date: today(), opening_balance_minor: minor } });
      setName(''); setOpening('');
      onDone();
    } catch (err) {
      fail(err, ['name', 'kind', 'currency_code', 'opening_balance_minor']);
    }
  };
  return (
    <form class="card" onSubmit={add} aria-label="Add an account">
      <h2>Add an account</h2>
      <div class="grid2">
        <Field id="acct-name" label="Account name" name="name" errors={errors} errorId="name-error" value={name} onValue={setName} />
        <Field id="acct-kind" label="Kind" name="kind" errors={errors} kind="select" value={kind} onValue={setKind}>
          {KINDS.map((k) => <option key={k} value={k}>{k.replace('_', ' ')}</option>)}
        </Field>
        <Field id="acct-currency" label="Currency" name="currency_code" errors={errors} errorId="currency_code-error" maxLength={3} value={currency} onValue={(v) => setCurrency(v.toUpperCase())} />
        <Field id="acct-opening" label="Opening balance" name="opening_balance_minor" errors={errors} inputMode="decimal" value={opening} onValue={setOpening} placeholder="0.00" />
      </div>
      <FormError errors={errors} />
      <button type="submit">Add account</button>
    </form>
  );
}

function BudgetForm({ ws, month, balances, onDone }: { ws: string; month: string; balances: AccountBalance[]; onDone: () => void }) {
  const [category, setCategory] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(balances[0]?.currency_code ?? 'EUR');
  const { errors, setErrors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const minor = toMinor(amount, digitsOf(balances, currency));
    if (minor === null || minor < 0) return setErrors({ amount_minor: 'an amount like 300.00' });
    try {
      await api.POST(BUDGETS, { params: { path: { workspace_id: ws } }, body: { category, month, amount_minor: minor, currency_code: currency } });
      setCategory(''); setAmount('');
      onDone();
    } catch (err) {
      fail(err, ['category', 'amount_minor', 'currency_code', 'month']);
    }
  };
  return (
    <form class="inline-form" onSubmit={add} aria-label="Set a budget">
      <Field id="b-category" label="Budget category" name="category" errors={errors} value={category} onValue={setCategory} />
      <Field id="b-amount" label="Budget amount" name="amount_minor" errors={errors} inputMode="decimal" value={amount} onValue={setAmount} />
      <Field id="b-currency" label="Budget currency" name="currency_code" errors={errors} maxLength={3} value={currency} onValue={(v) => setCurrency(v.toUpperCase())} />
      <FormError errors={errors} />
      <button type="submit">Set budget</button>
    </form>
  );
}

export function Finance({ ws }: PageProps) {
  const [balances, setBalances] = useState<AccountBalance[]>([]);
  const [txs, setTxs] = useState<RowTransaction[]>([]);
  const [budgets, setBudgets] = useState<RowBudget[]>([]);
  const [error, setError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [fAccount, setFAccount] = useState('');
  const [fCategory, setFCategory] = useState('');
  const [fFrom, setFFrom] = useState('');
  const [fTo, setFTo] = useState('');
  const [fSearch, setFSearch] = useState('');
  const [month, setMonth] = useState(thisMonth());
  const load = async () => {
    try {
      const query: Record<string, string | number> = { limit: 500 };
      if (fAccount) query.account_id = fAccount;
      if (fCategory.trim()) query.category = fCategory.trim();
      if (fFrom) query.from = fFrom;
      if (fTo) query.to = fTo;
      if (fSearch.trim()) query.search = fSearch.trim();
      const [{ data }, { data: page }, { data: bs }] = await Promise.all([
        api.GET('/v1/workspaces/{workspace_id}/reports/balances', { params: { path: { workspace_id: ws } } }),
        api.GET(TXS, { params: { path: { workspace_id: ws }, query } }),
        api.GET(BUDGETS, { params: { path: { workspace_id: ws }, query: { month, limit: 500 } } }),
      ]);
      setBalances(data ?? []);
      // The latest first.
      setTxs((page?.items ?? []).sort((a, b) => b.booking_date.localeCompare(a.booking_date) || b.id.localeCompare(a.id)).slice(0, 100));
      setBudgets(bs?.items ?? []);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => {
    const t = setTimeout(load, fSearch || fCategory ? 200 : 0);
    return () => clearTimeout(t);
  }, [ws, fAccount, fCategory, fFrom, fTo, fSearch, month]);
  useLive(ws, load);
  const remove = async (t: RowTransaction) => {
    try {
      await api.DELETE(TX, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version } } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <section>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="accounts" aria-label="Balances">
        {balances.map((b) => (
          <li key={b.account_id} class="card account">
            <span class="meta">{b.kind.replace('_', ' ')}</span>
            <span class="acct-name">{b.name}</span>
            <strong class={`amount${b.balance_minor < 0 ? ' neg' : ''}`}>{b.balance} {b.currency_code}</strong>
          </li>
        ))}
        {balances.length === 0 && <li class="empty card">No accounts yet: add one below.</li>}
      </ul>

      <div class="two">
        <TxForm ws={ws} balances={balances} onDone={load} />
        <AccountForm ws={ws} onDone={load} />
      </div>

      <div class="card">
        <div class="row wrap">
          <h2 class="grow">Budget</h2>
          <Field id="b-month" label="Month" type="month" value={month} onValue={(v) => setMonth(v || thisMonth())} class="compact" />
        </div>
        <ul class="list" aria-label="Budgets">
          {budgets.map((b) => (
            <li key={b.id}>
              <span class="grow">{b.category}</span>
              <strong>{fromMinor(b.amount_minor, digitsOf(balances, b.currency_code))} {b.currency_code}</strong>
            </li>
          ))}
          {budgets.length === 0 && <li class="empty">No budget for this month.</li>}
        </ul>
        <BudgetForm ws={ws} month={month} balances={balances} onDone={load} />
      </div>

      <h2>Register</h2>
      <div class="filters" role="group" aria-label="Filter the register">
        <Field id="r-account" label="In account" kind="select" value={fAccount} onValue={setFAccount}>
          <option value="">All accounts</option>
          {balances.map((b) => <option key={b.account_id} value={b.account_id}>{b.name}</option>)}
        </Field>
        <Field id="r-category" label="Of category" value={fCategory} onValue={setFCategory} />
        <Field id="r-from" label="From" type="date" value={fFrom} onValue={setFFrom} />
        <Field id="r-to" label="To" type="date" value={fTo} onValue={setFTo} />
        <Field id="r-search" label="Search" type="search" value={fSearch} onValue={setFSearch} />
      </div>
      <ul class="list register" aria-label="Transactions">
        {txs.map((t) => {
          const b = balances.find((x) => x.account_id === t.account_id);
          const what = t.payee || t.category || (t.transfer ? 'Transfer' : 'Transaction');
          return (
            <li key={t.id}>
              <div class="grow">
                {what}
                <span class="meta sub">{shortDate(t.booking_date)}{b ? ` · ${b.name}` : ''}{t.category && t.payee ? ` · ${t.category}` : ''}{t.transfer ? ' · transfer' : ''}</span>
              </div>
              <strong class={t.amount_minor < 0 ? 'neg' : 'pos'}>{fromMinor(t.amount_minor, digits(b))} {t.currency_code}</strong>
              <div class="actions">
                <button type="button" class="ghost small" aria-expanded={open === t.id} aria-label={`Receipts of ${what} ${t.booking_date}`}
                  onClick={() => setOpen(open === t.id ? null : t.id)}>Receipts</button>
                <button type="button" class="ghost small" aria-label={`Delete ${what} ${t.booking_date}`} onClick={() => remove(t)}>✕</button>
              </div>
              {open === t.id && <Attachments ws={ws} entity="transaction" entityId={t.id} label={`${what} ${t.booking_date}`} />}
            </li>
          );
        })}
        {txs.length === 0 && <li class="empty">No transactions.</li>}
      </ul>
    </section>
  );
}
