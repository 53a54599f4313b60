-- Drives `upgrade-guard lsp` from headless Neovim 0.7.2, as a user's editor would, and writes what it saw as JSON
-- lines to $UG_OUT. Inputs: $UG_SERVER_DLL (upgrade-guard.dll), $UG_FILE (a manifest), $UG_EDIT_LINE (0-based) and
-- $UG_EDIT_TEXT (the line's new text). Never asks anything: a server request needing an answer would hang here.
local out = assert(io.open(os.getenv('UG_OUT'), 'w'))
local function emit(record) out:write(vim.fn.json_encode(record) .. '\n'); out:flush() end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('UG_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'upgrade-guard',
    cmd = { 'dotnet', os.getenv('UG_SERVER_DLL'), 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('UG_FILE'), ':h'),
    flags = { debounce_text_changes = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        table.insert(published, result.version or -1)
        return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function diagnostics_after(count)
    assert(vim.wait(30000, function() return #published >= count end, 20), 'no diagnostics published')
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code
      table.insert(list, { line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col, severity = d.severity, code = code, message = d.message })
    end
    table.sort(list, function(a, b) if a.line ~= b.line then return a.line < b.line end return a.col < b.col end)
    return list
  end

  emit({ step = 'open', version = nil, diagnostics = diagnostics_after(1) })

  local line = tonumber(os.getenv('UG_EDIT_LINE'))
  vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { os.getenv('UG_EDIT_TEXT') })
  emit({ step = 'edit', diagnostics = diagnostics_after(2), versions = published })

  local client = vim.lsp.get_client_by_id(client_id)
  local first = vim.diagnostic.get(bufnr)[1]
  local actions = {}
  if first then
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
      context = { diagnostics = { first.user_data and first.user_data.lsp or {} } },
    }
    local response = client.request_sync('textDocument/codeAction', params, 30000, bufnr)
    assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
    for _, action in ipairs(response.result or {}) do table.insert(actions, { title = action.title, kind = action.kind }) end
  end
  emit({ step = 'codeAction', actions = actions })

  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 20)
end)
if not ok then emit({ step = 'error', message = tostring(err) }) end
out:close()
vim.cmd('qa!')
