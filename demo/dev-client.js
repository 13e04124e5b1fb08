// `npm run dev` adds this to every demo page: a recompiled catalog reloads the page; a guide
// that fails to compile is shown here at its file:line:column (the last good catalog stays).
const events = new EventSource('/dev/events');
events.addEventListener('reload', () => location.reload());
events.addEventListener('problems', (event) => {
  const problems = JSON.parse(event.data);
  document.querySelector('#dev-problems')?.remove();
  const panel = document.createElement('section');
  panel.id = 'dev-problems';
  panel.className = 'dev-problems';
  panel.setAttribute('role', 'alert');
  const heading = document.createElement('h2');
  heading.textContent = problems.length === 1 ? 'A guide has a problem' : `Guides have ${problems.length} problems`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = problem;
    item.append(code);
    list.append(item);
  }
  const note = document.createElement('p');
  note.textContent = 'The page keeps the last catalog that compiled. Fix the guide and save: the page reloads.';
  panel.append(heading, list, note);
  document.body.prepend(panel);
});
