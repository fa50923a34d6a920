-- Run by releng/nvim-lsp-test.sh inside headless Neovim, with the README's PTL setup and the seeded
-- claims.ptl open: waits for the language server's diagnostics, asks for a hover and a definition,
-- and writes what it got, one line each, to $PTL_NVIM_OUT for the script to check. Exits 1 when
-- something never came.
local out = assert(io.open(os.getenv('PTL_NVIM_OUT'), 'w'))
local function say(...)
  out:write(table.concat({ ... }, ' '), '\n')
  out:flush()
end
local function fail(why)
  say('FAILED', why)
  out:close()
  vim.cmd('cquit 1')
end

local buf = vim.api.nvim_get_current_buf()
local timeout = tonumber(os.getenv('PTL_NVIM_TIMEOUT') or '240000')

-- the exploration's diagnostics come after validation's: wait for the overlap, then a little more
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then return true end
  end
  return false
end
if not vim.wait(timeout, function() return has('claims.overlap') end, 100) then
  fail('no claims.overlap diagnostic within ' .. timeout .. ' ms')
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  say('diagnostic', d.lnum + 1, d.code, d.severity)
end

-- the 0-based position of `word` inside the first line containing `context`
local function position(context, word)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = line:find(context, 1, true)
    if at then
      return { line = i - 1, character = at - 1 + (context:find(word, 1, true) - 1) }
    end
  end
  fail('no "' .. context .. '" in the buffer')
end
local function request(method, pos)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }
  local responses = vim.lsp.buf_request_sync(buf, method, params, timeout)
  for _, response in pairs(responses or {}) do
    if response.result then return response.result end
  end
  fail('no answer to ' .. method)
end

local hover = request('textDocument/hover', position('claim state [56:55]', 'state'))
say('hover', (hover.contents.value:gsub('\n', ' ')))

local definition = request('textDocument/definition', position('claims pkvm on arm64_s2_4k', 'arm64_s2_4k'))
local target = definition[1] or definition
say('definition', vim.uri_to_fname(target.uri or target.targetUri),
  (target.range or target.targetSelectionRange).start.line + 1)

out:close()
vim.cmd('qall!')
