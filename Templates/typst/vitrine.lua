-- Pandoc filter for the dossier as Typst (`pandoc --lua-filter`), beside vitrine.typ:
--   * a Div with a class (`::: {.swot}`) becomes a call of `div` in vitrine.typ, which gives
--     the parts with a look of their own (SWOT grid, key figures, notes) their design;
--   * an image keeps its alternative text (Pandoc's Typst writer drops it, and PDF/UA needs it):
--     `![caption](chart.svg){alt="..."}` gives `image("chart.svg", alt: "...")`.

local function typst_string(text)
  text = text:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("[\r\n\t]", " ")
  return '"' .. text .. '"'
end

-- Typst lengths from Pandoc's width and height attributes (px at 96 per inch).
local function typst_length(value)
  if value == nil then return nil end
  local number, unit = value:match("^%s*([%d%.]+)%s*([%a%%]*)%s*$")
  if number == nil then return nil end
  if unit == "%" or unit == "cm" or unit == "mm" or unit == "in" or unit == "pt" or unit == "em" then
    return number .. unit
  elseif unit == "px" or unit == "" then
    return tostring(tonumber(number) * 0.75) .. "pt"
  end
  return nil
end

local function image_call(img)
  local args = { typst_string(img.src) }
  local width = typst_length(img.attributes.width)
  local height = typst_length(img.attributes.height)
  if width then table.insert(args, "width: " .. width) end
  if height then table.insert(args, "height: " .. height) end
  local alt = pandoc.utils.stringify(img.caption)
  if alt ~= "" then table.insert(args, "alt: " .. typst_string(alt)) end
  return "image(" .. table.concat(args, ", ") .. ")"
end

local function figure_image(img)
  return pandoc.RawInline("typst", "#" .. image_call(img))
end

return {
  {
    traverse = "topdown",
    Figure = function(figure)
      return pandoc.walk_block(figure, { Image = figure_image }), false
    end,
    Image = function(img)
      return pandoc.RawInline("typst", "#box(" .. image_call(img) .. ")")
    end,
    Div = function(div)
      if #div.classes == 0 then return nil end
      local blocks = pandoc.Blocks({ pandoc.RawBlock("typst", "#div(" .. typst_string(div.classes[1]) .. ")[") })
      blocks:extend(div.content)
      blocks:insert(pandoc.RawBlock("typst", "]"))
      return blocks
    end,
  },
}
