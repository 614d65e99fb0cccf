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
