/// Lua run once after the corpus tables are installed: it turns ids into the tables they
/// name (an actor's `affiliation`, a mention's `article`), adds the reverse links
/// (`actor.articles`, `article.actors`), indexes actors by id, and defines `actor(name)`.
/// Linking in Lua keeps the Swift side a plain copy of the model.
enum CorpusPrelude {
    static let source = #"""
    local articles, actors, claims, quantities = articles, actors, claims, quantities
    local article_by_id = {}
    for _, article in ipairs(articles) do
      article_by_id[article.id] = article
      article.actors = {}
      article.claims = {}
      article.quantities = {}
    end

    local by_alias = {}
    for _, actor in ipairs(actors) do
      actors[actor.id] = actor
    end
    for _, actor in ipairs(actors) do
      if actor.affiliation then actor.affiliation = actors[actor.affiliation] end
      actor.articles = {}
      local seen = {}
      for _, mention in ipairs(actor.mentions) do
        local article = article_by_id[mention.article]
        mention.article = article
        mention.actor = actor
        if not seen[article] then
          seen[article] = true
          actor.articles[#actor.articles + 1] = article
          article.actors[#article.actors + 1] = actor
        end
      end
      -- The first actor to use a name keeps it: actors come in order of first mention.
      for _, name in ipairs(actor.aliases) do
        local key = name:lower()
        if by_alias[key] == nil then by_alias[key] = actor end
      end
      by_alias[actor.id] = by_alias[actor.id] or actor
    end

    for _, actor in ipairs(actors) do actor.claims = {} end
    local claim_by_id = {}
    for _, claim in ipairs(claims) do claim_by_id[claim.id] = claim end
    for _, quantity in ipairs(quantities) do
      quantity.article = article_by_id[quantity.article]
      local list = quantity.article.quantities
      list[#list + 1] = quantity
    end
    for _, claim in ipairs(claims) do
      claim.article = article_by_id[claim.article]
      local list = claim.article.claims
      list[#list + 1] = claim
      if claim.speaker then
        claim.speaker = actors[claim.speaker]
        claim.speaker.claims[#claim.speaker.claims + 1] = claim
      end
      for i, id in ipairs(claim.via) do claim.via[i] = actors[id] end
      for i, index in ipairs(claim.quantities) do
        claim.quantities[i] = quantities[index]
        quantities[index].claim = claim
      end
      for i, id in ipairs(claim.corroborated_by) do claim.corroborated_by[i] = claim_by_id[id] end
    end

    --- quotes(): the claims grouped with those that corroborate them, as rows
    --- {content, claims, outlets} (outlets: how many outlets carried the words; an article
    --- without a known outlet counts as its own), most widely carried first.
    function quotes()
      local group_of, groups = {}, {}
      for _, claim in ipairs(claims) do
        if not group_of[claim] then
          local group = {content = claim.content, claims = {}}
          groups[#groups + 1] = group
          local pending = {claim}
          while #pending > 0 do
            local next_claim = table.remove(pending)
            if not group_of[next_claim] then
              group_of[next_claim] = group
              group.claims[#group.claims + 1] = next_claim
              for _, other in ipairs(next_claim.corroborated_by) do pending[#pending + 1] = other end
            end
          end
          table.sort(group.claims, function(a, b) return a.id < b.id end)
          local outlets, seen = 0, {}
          for _, member in ipairs(group.claims) do
            local outlet = member.article.outlet or member.article.id
            if not seen[outlet] then seen[outlet] = true; outlets = outlets + 1 end
          end
          group.outlets = outlets
        end
      end
      for index, group in ipairs(groups) do group.order = index end
      table.sort(groups, function(a, b)
        if a.outlets ~= b.outlets then return a.outlets > b.outlets end
        return a.order < b.order
      end)
      for _, group in ipairs(groups) do group.order = nil end
      return groups
    end

    --- actor(name): the actor with this id, name or alias, ignoring case; nil if none.
    function actor(name)
      if type(name) ~= "string" then
        error("bad argument #1 to 'actor' (string expected, got " .. type(name) .. ")", 2)
      end
      local key = name:lower()
      return by_alias[key] or by_alias[(key:gsub("^the%s+", ""))]
    end
    """#
}
