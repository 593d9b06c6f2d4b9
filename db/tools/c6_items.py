"""Activity items of 첨부 3 after the few structural repairs, keyed 'd<seq>.<n>' / 'o<seq>.<n>'."""
import re
import c6_parse as P


def row_items(r):
    """(tag, label, date_as_printed) of one table row, with the structural repairs applied."""
    its = [(tag, label, d) for tag, s in P.segments(r['acts']) for label, d in P.items(s)]
    key = (r['scope'], r['seq'])
    if key == ('overseas', 21):   # Top 10 GPTs: one undated list of ten GPT names with descriptions
        (tag, label, d), = its
        its = [(None, g.strip() + ('' if g.strip().endswith(')') else ')'), None)
               for g in re.split(r'\),\s*', label)]
    elif key == ('overseas', 41):  # Alibaba: an undated tool list and a dated launch share one item
        tag, label, d = its[7]
        a, b = label.rsplit(', ', 1)
        its[7:8] = [(tag, a, None), (tag, b, d)]
    elif key == ('overseas', 58):  # Nvidia: "* …" explains the Run:ai acquisition, not a new item
        del its[2]
    return its


def all_items(trows):
    for r in trows:
        for n, (tag, label, d) in enumerate(row_items(r), 1):
            yield f"{r['scope'][0]}{r['seq']}.{n}", r, tag, label, d
