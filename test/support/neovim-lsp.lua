-- Neovim's built-in LSP client against the privacy policy server, for test/protocol/neovim.test.ts.
--   nvim --headless --clean -u NONE -c 'luafile test/support/neovim-lsp.lua'
-- Env: PP_SERVER (path of dist/server.js), PP_FILE (policy to open), PP_OUT (JSON result file).
local function fail(msg)
  io.stderr:write('neovim-lsp: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PP_FILE))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'privacy-policy'

local client = vim.lsp.start_client({
  name = 'privacy-policy',
  cmd = { 'node', vim.env.PP_SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(vim.env.PP_FILE, ':h'),
})
if not client then fail('could not start the server') end
vim.lsp.buf_attach_client(buf, client)

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then fail('no diagnostics arrived') end

local response = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(buf) }, 20000)
if not response then fail('no answer to documentSymbol') end
local names = {}
local function collect(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    table.insert(names, { name = s.name, depth = depth, line = s.selectionRange.start.line + 1 })
    collect(s.children, depth + 1)
  end
end
for _, r in pairs(response) do
  if r.error then fail(vim.inspect(r.error)) end
  collect(r.result, 1)
end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), line = d.lnum + 1 })
end

local f = io.open(vim.env.PP_OUT, 'w')
f:write(vim.fn.json_encode({ version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor), symbols = names, diagnostics = diagnostics }))
f:close()
vim.lsp.stop_client(client)
vim.cmd('qall!')
