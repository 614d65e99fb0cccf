/// General world knowledge only: countries with their demonyms and capitals, and widely known
/// institutions, agencies, armed groups and news media. People are discovered from the text,
/// never listed here. The format is the one analysts use for `--actors FILE` (see README).
enum BuiltinActors {
    static let text = #"""
    # Built-in actor dictionary: general world knowledge only. No individual people.
    # Format: blocks separated by a blank line; "[Name]" then "key: value" lines;
    # keys: type, aliases, demonyms, capitals, affiliation; list values are
    # comma-separated and a value never contains a comma.

    # ============================================================================
    # Countries: every UN member state, plus Palestine, Taiwan, Kosovo and
    # Vatican City. Demonyms that are ambiguous between countries go to one only
    # (Congolese -> Democratic Republic of the Congo; Dominican -> Dominican
    # Republic); a bare "Korean" is left out on purpose.
    # ============================================================================

    # --- Europe -----------------------------------------------------------------

    [Albania]
    type: country
    demonyms: Albanian, Albanians
    capitals: Tirana

    [Andorra]
    type: country
    demonyms: Andorran, Andorrans
    capitals: Andorra la Vella

    [Austria]
    type: country
    demonyms: Austrian, Austrians
    capitals: Vienna

    [Belarus]
    type: country
    aliases: Republic of Belarus
    demonyms: Belarusian, Belarusians, Belarussian, Belarussians
    capitals: Minsk

    [Belgium]
    type: country
    demonyms: Belgian, Belgians
    capitals: Brussels

    [Bosnia and Herzegovina]
    type: country
    aliases: Bosnia, Bosnia-Herzegovina, BiH
    demonyms: Bosnian, Bosnians
    capitals: Sarajevo

    [Bulgaria]
    type: country
    demonyms: Bulgarian, Bulgarians
    capitals: Sofia

    [Croatia]
    type: country
    demonyms: Croatian, Croatians, Croat, Croats
    capitals: Zagreb

    [Cyprus]
    type: country
    aliases: Republic of Cyprus
    demonyms: Cypriot, Cypriots
    capitals: Nicosia

    [Czech Republic]
    type: country
    aliases: Czechia
    demonyms: Czech, Czechs
    capitals: Prague

    [Denmark]
    type: country
    demonyms: Danish, Dane, Danes
    capitals: Copenhagen

    [Estonia]
    type: country
    demonyms: Estonian, Estonians
    capitals: Tallinn

    [Finland]
    type: country
    demonyms: Finnish, Finns
    capitals: Helsinki

    [France]
    type: country
    aliases: French Republic
    demonyms: French, Frenchman, Frenchmen, Frenchwoman
    capitals: Paris

    [Germany]
    type: country
    aliases: Federal Republic of Germany
    demonyms: German, Germans
    capitals: Berlin

    [Greece]
    type: country
    aliases: Hellenic Republic
    demonyms: Greek, Greeks
    capitals: Athens

    [Hungary]
    type: country
    demonyms: Hungarian, Hungarians
    capitals: Budapest

    [Iceland]
    type: country
    demonyms: Icelandic, Icelander, Icelanders
    capitals: Reykjavik, Reykjavík

    [Ireland]
    type: country
    aliases: Republic of Ireland
    demonyms: Irish, Irishman, Irishmen
    capitals: Dublin

    [Italy]
    type: country
    aliases: Italian Republic
    demonyms: Italian, Italians
    capitals: Rome

    [Latvia]
    type: country
    demonyms: Latvian, Latvians
    capitals: Riga

    [Liechtenstein]
    type: country
    demonyms: Liechtensteiner, Liechtensteiners
    capitals: Vaduz

    [Lithuania]
    type: country
    demonyms: Lithuanian, Lithuanians
    capitals: Vilnius

    [Luxembourg]
    type: country
    aliases: Grand Duchy of Luxembourg
    demonyms: Luxembourger, Luxembourgers, Luxembourgish
    capitals: Luxembourg City

    [Malta]
    type: country
    demonyms: Maltese
    capitals: Valletta

    [Moldova]
    type: country
    aliases: Republic of Moldova
    demonyms: Moldovan, Moldovans
    capitals: Chisinau, Chișinău

    [Monaco]
    type: country
    aliases: Principality of Monaco
    demonyms: Monegasque, Monégasque

    [Montenegro]
    type: country
    demonyms: Montenegrin, Montenegrins
    capitals: Podgorica

    [Netherlands]
    type: country
    aliases: Holland, Kingdom of the Netherlands
    demonyms: Dutch, Dutchman, Dutchmen
    capitals: Amsterdam, The Hague

    [North Macedonia]
    type: country
    aliases: Macedonia, Republic of North Macedonia
    demonyms: North Macedonian, North Macedonians, Macedonian, Macedonians
    capitals: Skopje

    [Norway]
    type: country
    demonyms: Norwegian, Norwegians
    capitals: Oslo

    [Poland]
    type: country
    aliases: Republic of Poland
    demonyms: Polish, Poles
    capitals: Warsaw

    [Portugal]
    type: country
    demonyms: Portuguese
    capitals: Lisbon

    [Romania]
    type: country
    demonyms: Romanian, Romanians
    capitals: Bucharest

    [Russia]
    type: country
    aliases: Russian Federation
    demonyms: Russian, Russians
    capitals: Moscow

    [San Marino]
    type: country
    demonyms: Sammarinese

    [Serbia]
    type: country
    demonyms: Serbian, Serbians, Serb, Serbs
    capitals: Belgrade

    [Slovakia]
    type: country
    aliases: Slovak Republic
    demonyms: Slovak, Slovaks, Slovakian, Slovakians
    capitals: Bratislava

    [Slovenia]
    type: country
    demonyms: Slovenian, Slovenians, Slovene, Slovenes
    capitals: Ljubljana

    [Spain]
    type: country
    aliases: Kingdom of Spain
    demonyms: Spanish, Spaniard, Spaniards
    capitals: Madrid

    [Sweden]
    type: country
    demonyms: Swedish, Swede, Swedes
    capitals: Stockholm

    [Switzerland]
    type: country
    aliases: Swiss Confederation
    demonyms: Swiss
    capitals: Bern, Berne

    [Ukraine]
    type: country
    demonyms: Ukrainian, Ukrainians
    capitals: Kyiv, Kiev

    [United Kingdom]
    type: country
    aliases: UK, U.K., Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland
    demonyms: British, Briton, Britons, Brits
    capitals: London

    [Kosovo]
    type: country
    aliases: Republic of Kosovo
    demonyms: Kosovar, Kosovars, Kosovan, Kosovans
    capitals: Pristina, Prishtina

    [Vatican City]
    type: country
    aliases: Vatican, Holy See, Vatican City State

    # --- Middle East, North Africa and the Caucasus -----------------------------

    [Algeria]
    type: country
    demonyms: Algerian, Algerians
    capitals: Algiers

    [Armenia]
    type: country
    demonyms: Armenian, Armenians
    capitals: Yerevan

    [Azerbaijan]
    type: country
    demonyms: Azerbaijani, Azerbaijanis, Azeri, Azeris
    capitals: Baku

    [Bahrain]
    type: country
    aliases: Kingdom of Bahrain
    demonyms: Bahraini, Bahrainis
    capitals: Manama

    [Egypt]
    type: country
    aliases: Arab Republic of Egypt
    demonyms: Egyptian, Egyptians
    capitals: Cairo

    [Georgia]
    type: country
    demonyms: Georgian, Georgians
    capitals: Tbilisi

    [Iran]
    type: country
    aliases: Islamic Republic of Iran
    demonyms: Iranian, Iranians
    capitals: Tehran, Teheran

    [Iraq]
    type: country
    aliases: Republic of Iraq
    demonyms: Iraqi, Iraqis
    capitals: Baghdad

    [Israel]
    type: country
    aliases: State of Israel
    demonyms: Israeli, Israelis
    capitals: Jerusalem

    [Jordan]
    type: country
    aliases: Hashemite Kingdom of Jordan
    demonyms: Jordanian, Jordanians
    capitals: Amman

    [Kuwait]
    type: country
    aliases: State of Kuwait
    demonyms: Kuwaiti, Kuwaitis
    capitals: Kuwait City

    [Lebanon]
    type: country
    aliases: Lebanese Republic
    demonyms: Lebanese
    capitals: Beirut

    [Libya]
    type: country
    demonyms: Libyan, Libyans
    capitals: Tripoli

    [Morocco]
    type: country
    aliases: Kingdom of Morocco
    demonyms: Moroccan, Moroccans
    capitals: Rabat

    [Oman]
    type: country
    aliases: Sultanate of Oman
    demonyms: Omani, Omanis
    capitals: Muscat

    [Palestine]
    type: country
    aliases: State of Palestine, Palestinian territories, occupied Palestinian territories
    demonyms: Palestinian, Palestinians
    capitals: Ramallah, East Jerusalem

    [Qatar]
    type: country
    aliases: State of Qatar
    demonyms: Qatari, Qataris
    capitals: Doha

    [Saudi Arabia]
    type: country
    aliases: Kingdom of Saudi Arabia, KSA
    demonyms: Saudi, Saudis, Saudi Arabian, Saudi Arabians
    capitals: Riyadh

    [Syria]
    type: country
    aliases: Syrian Arab Republic
    demonyms: Syrian, Syrians
    capitals: Damascus

    [Tunisia]
    type: country
    demonyms: Tunisian, Tunisians
    capitals: Tunis

    [Turkey]
    type: country
    aliases: Türkiye, Turkiye, Republic of Turkey
    demonyms: Turkish, Turk, Turks
    capitals: Ankara

    [United Arab Emirates]
    type: country
    aliases: UAE, U.A.E.
    demonyms: Emirati, Emiratis
    capitals: Abu Dhabi

    [Yemen]
    type: country
    aliases: Republic of Yemen
    demonyms: Yemeni, Yemenis
    capitals: Sanaa, Sana'a, Aden

    # --- Sub-Saharan Africa -----------------------------------------------------

    [Angola]
    type: country
    demonyms: Angolan, Angolans
    capitals: Luanda

    [Benin]
    type: country
    demonyms: Beninese
    capitals: Porto-Novo, Cotonou

    [Botswana]
    type: country
    demonyms: Motswana, Batswana, Botswanan
    capitals: Gaborone

    [Burkina Faso]
    type: country
    demonyms: Burkinabe, Burkinabé
    capitals: Ouagadougou

    [Burundi]
    type: country
    demonyms: Burundian, Burundians
    capitals: Gitega, Bujumbura

    [Cameroon]
    type: country
    demonyms: Cameroonian, Cameroonians
    capitals: Yaoundé, Yaounde

    [Cape Verde]
    type: country
    aliases: Cabo Verde
    demonyms: Cape Verdean, Cape Verdeans, Cabo Verdean, Cabo Verdeans
    capitals: Praia

    [Central African Republic]
    type: country
    demonyms: Central African, Central Africans
    capitals: Bangui

    [Chad]
    type: country
    demonyms: Chadian, Chadians
    capitals: N'Djamena, Ndjamena

    [Comoros]
    type: country
    aliases: Union of the Comoros
    demonyms: Comorian, Comorians
    capitals: Moroni

    [Democratic Republic of the Congo]
    type: country
    aliases: DRC, DR Congo, D.R. Congo, Democratic Republic of Congo, Congo-Kinshasa, Congo
    demonyms: Congolese
    capitals: Kinshasa

    [Republic of the Congo]
    type: country
    aliases: Republic of Congo, Congo Republic, Congo-Brazzaville
    capitals: Brazzaville

    [Djibouti]
    type: country
    demonyms: Djiboutian, Djiboutians
    capitals: Djibouti City

    [Equatorial Guinea]
    type: country
    demonyms: Equatorial Guinean, Equatorial Guineans, Equatoguinean, Equatoguineans
    capitals: Malabo

    [Eritrea]
    type: country
    demonyms: Eritrean, Eritreans
    capitals: Asmara

    [Eswatini]
    type: country
    aliases: Swaziland, Kingdom of Eswatini
    demonyms: Swazi, Swazis
    capitals: Mbabane, Lobamba

    [Ethiopia]
    type: country
    demonyms: Ethiopian, Ethiopians
    capitals: Addis Ababa

    [Gabon]
    type: country
    demonyms: Gabonese
    capitals: Libreville

    [Gambia]
    type: country
    demonyms: Gambian, Gambians
    capitals: Banjul

    [Ghana]
    type: country
    demonyms: Ghanaian, Ghanaians
    capitals: Accra

    [Guinea]
    type: country
    aliases: Guinea-Conakry
    demonyms: Guinean, Guineans
    capitals: Conakry

    [Guinea-Bissau]
    type: country
    aliases: Guinea Bissau
    demonyms: Bissau-Guinean, Bissau-Guineans
    capitals: Bissau

    [Ivory Coast]
    type: country
    aliases: Côte d'Ivoire, Cote d'Ivoire
    demonyms: Ivorian, Ivorians
    capitals: Yamoussoukro, Abidjan

    [Kenya]
    type: country
    demonyms: Kenyan, Kenyans
    capitals: Nairobi

    [Lesotho]
    type: country
    demonyms: Basotho, Mosotho
    capitals: Maseru

    [Liberia]
    type: country
    demonyms: Liberian, Liberians
    capitals: Monrovia

    [Madagascar]
    type: country
    demonyms: Malagasy
    capitals: Antananarivo

    [Malawi]
    type: country
    demonyms: Malawian, Malawians
    capitals: Lilongwe

    [Mali]
    type: country
    demonyms: Malian, Malians
    capitals: Bamako

    [Mauritania]
    type: country
    demonyms: Mauritanian, Mauritanians
    capitals: Nouakchott

    [Mauritius]
    type: country
    demonyms: Mauritian, Mauritians
    capitals: Port Louis

    [Mozambique]
    type: country
    demonyms: Mozambican, Mozambicans
    capitals: Maputo

    [Namibia]
    type: country
    demonyms: Namibian, Namibians
    capitals: Windhoek

    [Niger]
    type: country
    demonyms: Nigerien, Nigeriens
    capitals: Niamey

    [Nigeria]
    type: country
    demonyms: Nigerian, Nigerians
    capitals: Abuja

    [Rwanda]
    type: country
    demonyms: Rwandan, Rwandans
    capitals: Kigali

    [São Tomé and Príncipe]
    type: country
    aliases: Sao Tome and Principe
    demonyms: Santomean, Santomeans
    capitals: São Tomé, Sao Tome

    [Senegal]
    type: country
    demonyms: Senegalese
    capitals: Dakar

    [Seychelles]
    type: country
    demonyms: Seychellois
    capitals: Victoria

    [Sierra Leone]
    type: country
    demonyms: Sierra Leonean, Sierra Leoneans
    capitals: Freetown

    [Somalia]
    type: country
    demonyms: Somali, Somalis, Somalian, Somalians
    capitals: Mogadishu

    [South Africa]
    type: country
    aliases: Republic of South Africa
    demonyms: South African, South Africans
    capitals: Pretoria, Cape Town, Bloemfontein

    [South Sudan]
    type: country
    demonyms: South Sudanese
    capitals: Juba

    [Sudan]
    type: country
    demonyms: Sudanese
    capitals: Khartoum, Port Sudan

    [Tanzania]
    type: country
    aliases: United Republic of Tanzania
    demonyms: Tanzanian, Tanzanians
    capitals: Dodoma, Dar es Salaam

    [Togo]
    type: country
    demonyms: Togolese
    capitals: Lomé, Lome

    [Uganda]
    type: country
    demonyms: Ugandan, Ugandans
    capitals: Kampala

    [Zambia]
    type: country
    demonyms: Zambian, Zambians
    capitals: Lusaka

    [Zimbabwe]
    type: country
    demonyms: Zimbabwean, Zimbabweans
    capitals: Harare

    # --- Asia -------------------------------------------------------------------

    [Afghanistan]
    type: country
    demonyms: Afghan, Afghans
    capitals: Kabul

    [Bangladesh]
    type: country
    demonyms: Bangladeshi, Bangladeshis
    capitals: Dhaka

    [Bhutan]
    type: country
    demonyms: Bhutanese
    capitals: Thimphu

    [Brunei]
    type: country
    aliases: Brunei Darussalam
    demonyms: Bruneian, Bruneians
    capitals: Bandar Seri Begawan

    [Cambodia]
    type: country
    aliases: Kingdom of Cambodia
    demonyms: Cambodian, Cambodians
    capitals: Phnom Penh

    [China]
    type: country
    aliases: People's Republic of China, PRC, mainland China
    demonyms: Chinese
    capitals: Beijing

    [India]
    type: country
    aliases: Republic of India, Bharat
    demonyms: Indian, Indians
    capitals: New Delhi

    [Indonesia]
    type: country
    aliases: Republic of Indonesia
    demonyms: Indonesian, Indonesians
    capitals: Jakarta

    [Japan]
    type: country
    demonyms: Japanese
    capitals: Tokyo

    [Kazakhstan]
    type: country
    demonyms: Kazakh, Kazakhs, Kazakhstani, Kazakhstanis
    capitals: Astana, Nur-Sultan

    [Kyrgyzstan]
    type: country
    aliases: Kyrgyz Republic
    demonyms: Kyrgyz, Kyrgyzstani, Kyrgyzstanis
    capitals: Bishkek

    [Laos]
    type: country
    aliases: Lao PDR, Lao People's Democratic Republic
    demonyms: Laotian, Laotians, Lao
    capitals: Vientiane

    [Malaysia]
    type: country
    demonyms: Malaysian, Malaysians
    capitals: Kuala Lumpur, Putrajaya

    [Maldives]
    type: country
    demonyms: Maldivian, Maldivians
    capitals: Malé

    [Mongolia]
    type: country
    demonyms: Mongolian, Mongolians
    capitals: Ulaanbaatar, Ulan Bator

    [Myanmar]
    type: country
    aliases: Burma
    demonyms: Burmese
    capitals: Naypyidaw, Nay Pyi Taw, Naypyitaw

    [Nepal]
    type: country
    demonyms: Nepali, Nepalis, Nepalese
    capitals: Kathmandu

    [North Korea]
    type: country
    aliases: DPRK, Democratic People's Republic of Korea, N. Korea
    demonyms: North Korean, North Koreans
    capitals: Pyongyang

    [Pakistan]
    type: country
    aliases: Islamic Republic of Pakistan
    demonyms: Pakistani, Pakistanis
    capitals: Islamabad

    [Philippines]
    type: country
    aliases: Republic of the Philippines
    demonyms: Filipino, Filipinos, Filipina, Philippine
    capitals: Manila

    [Singapore]
    type: country
    aliases: Republic of Singapore
    demonyms: Singaporean, Singaporeans

    [South Korea]
    type: country
    aliases: Republic of Korea, ROK, S. Korea
    demonyms: South Korean, South Koreans
    capitals: Seoul

    [Sri Lanka]
    type: country
    demonyms: Sri Lankan, Sri Lankans
    capitals: Sri Jayawardenepura Kotte, Colombo

    [Taiwan]
    type: country
    aliases: Republic of China, ROC, Chinese Taipei
    demonyms: Taiwanese
    capitals: Taipei

    [Tajikistan]
    type: country
    demonyms: Tajik, Tajiks, Tajikistani
    capitals: Dushanbe

    [Thailand]
    type: country
    aliases: Kingdom of Thailand
    demonyms: Thai, Thais
    capitals: Bangkok

    [Timor-Leste]
    type: country
    aliases: East Timor, Timor Leste
    demonyms: Timorese, East Timorese
    capitals: Dili

    [Turkmenistan]
    type: country
    demonyms: Turkmen, Turkmens, Turkmenistani
    capitals: Ashgabat

    [Uzbekistan]
    type: country
    demonyms: Uzbek, Uzbeks, Uzbekistani
    capitals: Tashkent

    [Vietnam]
    type: country
    aliases: Viet Nam
    demonyms: Vietnamese
    capitals: Hanoi

    # --- Americas ---------------------------------------------------------------

    [Antigua and Barbuda]
    type: country
    aliases: Antigua
    demonyms: Antiguan, Antiguans
    capitals: St. John's, St John's

    [Argentina]
    type: country
    aliases: Argentine Republic
    demonyms: Argentine, Argentines, Argentinian, Argentinians
    capitals: Buenos Aires

    [Bahamas]
    type: country
    demonyms: Bahamian, Bahamians
    capitals: Nassau

    [Barbados]
    type: country
    demonyms: Barbadian, Barbadians, Bajan, Bajans
    capitals: Bridgetown

    [Belize]
    type: country
    demonyms: Belizean, Belizeans
    capitals: Belmopan

    [Bolivia]
    type: country
    aliases: Plurinational State of Bolivia
    demonyms: Bolivian, Bolivians
    capitals: Sucre, La Paz

    [Brazil]
    type: country
    aliases: Federative Republic of Brazil
    demonyms: Brazilian, Brazilians
    capitals: Brasília, Brasilia

    [Canada]
    type: country
    demonyms: Canadian, Canadians
    capitals: Ottawa

    [Chile]
    type: country
    demonyms: Chilean, Chileans
    capitals: Santiago

    [Colombia]
    type: country
    demonyms: Colombian, Colombians
    capitals: Bogotá, Bogota

    [Costa Rica]
    type: country
    demonyms: Costa Rican, Costa Ricans
    capitals: San José, San Jose

    [Cuba]
    type: country
    aliases: Republic of Cuba
    demonyms: Cuban, Cubans
    capitals: Havana

    [Dominica]
    type: country
    aliases: Commonwealth of Dominica
    capitals: Roseau

    [Dominican Republic]
    type: country
    demonyms: Dominican, Dominicans
    capitals: Santo Domingo

    [Ecuador]
    type: country
    demonyms: Ecuadorian, Ecuadorians, Ecuadorean, Ecuadoreans
    capitals: Quito

    [El Salvador]
    type: country
    demonyms: Salvadoran, Salvadorans, Salvadorean, Salvadoreans
    capitals: San Salvador

    [Grenada]
    type: country
    demonyms: Grenadian, Grenadians
    capitals: St. George's, St George's

    [Guatemala]
    type: country
    demonyms: Guatemalan, Guatemalans
    capitals: Guatemala City

    [Guyana]
    type: country
    demonyms: Guyanese
    capitals: Georgetown

    [Haiti]
    type: country
    demonyms: Haitian, Haitians
    capitals: Port-au-Prince

    [Honduras]
    type: country
    demonyms: Honduran, Hondurans
    capitals: Tegucigalpa

    [Jamaica]
    type: country
    demonyms: Jamaican, Jamaicans
    capitals: Kingston

    [Mexico]
    type: country
    aliases: United Mexican States
    demonyms: Mexican, Mexicans
    capitals: Mexico City

    [Nicaragua]
    type: country
    demonyms: Nicaraguan, Nicaraguans
    capitals: Managua

    [Panama]
    type: country
    demonyms: Panamanian, Panamanians
    capitals: Panama City

    [Paraguay]
    type: country
    demonyms: Paraguayan, Paraguayans
    capitals: Asunción, Asuncion

    [Peru]
    type: country
    demonyms: Peruvian, Peruvians
    capitals: Lima

    [Saint Kitts and Nevis]
    type: country
    aliases: St Kitts and Nevis, St. Kitts and Nevis, Saint Christopher and Nevis
    demonyms: Kittitian, Kittitians
    capitals: Basseterre

    [Saint Lucia]
    type: country
    aliases: St Lucia, St. Lucia
    demonyms: Saint Lucian, Saint Lucians, St Lucian
    capitals: Castries

    [Saint Vincent and the Grenadines]
    type: country
    aliases: St Vincent and the Grenadines, St. Vincent and the Grenadines
    demonyms: Vincentian, Vincentians
    capitals: Kingstown

    [Suriname]
    type: country
    aliases: Surinam
    demonyms: Surinamese
    capitals: Paramaribo

    [Trinidad and Tobago]
    type: country
    aliases: Trinidad
    demonyms: Trinidadian, Trinidadians, Tobagonian, Tobagonians
    capitals: Port of Spain, Port-of-Spain

    [United States]
    type: country
    aliases: US, U.S., USA, U.S.A., America, United States of America
    demonyms: American, Americans
    capitals: Washington, Washington D.C., Washington DC

    [Uruguay]
    type: country
    demonyms: Uruguayan, Uruguayans
    capitals: Montevideo

    [Venezuela]
    type: country
    aliases: Bolivarian Republic of Venezuela
    demonyms: Venezuelan, Venezuelans
    capitals: Caracas

    # --- Oceania ----------------------------------------------------------------

    [Australia]
    type: country
    aliases: Commonwealth of Australia
    demonyms: Australian, Australians, Aussie, Aussies
    capitals: Canberra

    [Fiji]
    type: country
    demonyms: Fijian, Fijians
    capitals: Suva

    [Kiribati]
    type: country
    demonyms: I-Kiribati
    capitals: South Tarawa, Tarawa

    [Marshall Islands]
    type: country
    demonyms: Marshallese
    capitals: Majuro

    [Micronesia]
    type: country
    aliases: Federated States of Micronesia
    demonyms: Micronesian, Micronesians
    capitals: Palikir

    [Nauru]
    type: country
    demonyms: Nauruan, Nauruans
    capitals: Yaren

    [New Zealand]
    type: country
    aliases: NZ, Aotearoa
    demonyms: New Zealander, New Zealanders
    capitals: Wellington

    [Palau]
    type: country
    demonyms: Palauan, Palauans
    capitals: Ngerulmud

    [Papua New Guinea]
    type: country
    aliases: PNG
    demonyms: Papua New Guinean, Papua New Guineans
    capitals: Port Moresby

    [Samoa]
    type: country
    demonyms: Samoan, Samoans
    capitals: Apia

    [Solomon Islands]
    type: country
    demonyms: Solomon Islander, Solomon Islanders
    capitals: Honiara

    [Tonga]
    type: country
    demonyms: Tongan, Tongans
    capitals: Nuku'alofa

    [Tuvalu]
    type: country
    demonyms: Tuvaluan, Tuvaluans
    capitals: Funafuti

    [Vanuatu]
    type: country
    demonyms: Ni-Vanuatu
    capitals: Port Vila

    # ============================================================================
    # International organisations and bodies
    # ============================================================================

    [United Nations]
    type: organization
    aliases: UN, U.N.

    [UN Security Council]
    type: organization
    aliases: UNSC, U.N. Security Council, United Nations Security Council, Security Council
    affiliation: United Nations

    [UN General Assembly]
    type: organization
    aliases: UNGA, U.N. General Assembly, United Nations General Assembly
    affiliation: United Nations

    [UN Human Rights Council]
    type: organization
    aliases: UNHRC, U.N. Human Rights Council, United Nations Human Rights Council, Human Rights Council
    affiliation: United Nations

    [OHCHR]
    type: organization
    aliases: Office of the UN High Commissioner for Human Rights, Office of the United Nations High Commissioner for Human Rights, UN human rights office
    affiliation: United Nations

    [UNHCR]
    type: organization
    aliases: UN refugee agency, United Nations High Commissioner for Refugees, Office of the United Nations High Commissioner for Refugees
    affiliation: United Nations

    [UNICEF]
    type: organization
    aliases: United Nations Children's Fund, UN Children's Fund
    affiliation: United Nations

    [World Food Programme]
    type: organization
    aliases: WFP, World Food Program
    affiliation: United Nations

    [UNRWA]
    type: organization
    aliases: United Nations Relief and Works Agency, UN Relief and Works Agency, United Nations Relief and Works Agency for Palestine Refugees
    affiliation: United Nations

    [OCHA]
    type: organization
    aliases: UN Office for the Coordination of Humanitarian Affairs, United Nations Office for the Coordination of Humanitarian Affairs, UNOCHA
    affiliation: United Nations

    [UNDP]
    type: organization
    aliases: United Nations Development Programme, UN Development Programme
    affiliation: United Nations

    [UNESCO]
    type: organization
    aliases: United Nations Educational Scientific and Cultural Organization
    affiliation: United Nations

    [UNIFIL]
    type: organization
    aliases: United Nations Interim Force in Lebanon, UN Interim Force in Lebanon
    affiliation: United Nations

    [UNDOF]
    type: organization
    aliases: United Nations Disengagement Observer Force, UN Disengagement Observer Force
    affiliation: United Nations

    [Food and Agriculture Organization]
    type: organization
    aliases: FAO, Food and Agriculture Organisation
    affiliation: United Nations

    [International Organization for Migration]
    type: organization
    aliases: IOM, International Organisation for Migration
    affiliation: United Nations

    [International Labour Organization]
    type: organization
    aliases: ILO, International Labor Organization, International Labour Organisation
    affiliation: United Nations

    [World Health Organization]
    type: organization
    aliases: World Health Organisation
    affiliation: United Nations

    [International Monetary Fund]
    type: organization
    aliases: IMF

    [World Bank]
    type: organization
    aliases: World Bank Group

    [World Trade Organization]
    type: organization
    aliases: WTO, World Trade Organisation

    [International Atomic Energy Agency]
    type: organization
    aliases: IAEA, UN nuclear watchdog

    [Organisation for the Prohibition of Chemical Weapons]
    type: organization
    aliases: OPCW, Organization for the Prohibition of Chemical Weapons

    [OPEC]
    type: organization
    aliases: Organization of the Petroleum Exporting Countries

    [OPEC+]
    type: organization
    aliases: OPEC Plus

    [International Energy Agency]
    type: organization
    aliases: IEA

    [European Union]
    type: organization
    aliases: EU, E.U.

    [European Commission]
    type: organization
    aliases: EC, EU Commission
    affiliation: European Union

    [European Parliament]
    type: organization
    aliases: EU Parliament
    affiliation: European Union

    [European Council]
    type: organization
    affiliation: European Union

    [Council of the European Union]
    type: organization
    aliases: Council of the EU
    affiliation: European Union

    [European Central Bank]
    type: organization
    aliases: ECB
    affiliation: European Union

    [Court of Justice of the European Union]
    type: organization
    aliases: CJEU, European Court of Justice, ECJ
    affiliation: European Union

    [Frontex]
    type: organization
    aliases: European Border and Coast Guard Agency
    affiliation: European Union

    [Europol]
    type: organization
    affiliation: European Union

    [European Investment Bank]
    type: organization
    aliases: EIB
    affiliation: European Union

    [European Bank for Reconstruction and Development]
    type: organization
    aliases: EBRD

    [Council of Europe]
    type: organization

    [European Court of Human Rights]
    type: organization
    aliases: ECHR, Strasbourg court
    affiliation: Council of Europe

    [NATO]
    type: organization
    aliases: North Atlantic Treaty Organization, North Atlantic Treaty Organisation, N.A.T.O.

    [OSCE]
    type: organization
    aliases: Organization for Security and Co-operation in Europe, Organization for Security and Cooperation in Europe

    [OECD]
    type: organization
    aliases: Organisation for Economic Co-operation and Development, Organization for Economic Cooperation and Development

    [African Union]
    type: organization
    aliases: AU

    [Arab League]
    type: organization
    aliases: League of Arab States

    [Gulf Cooperation Council]
    type: organization
    aliases: GCC, Cooperation Council for the Arab States of the Gulf

    [Organisation of Islamic Cooperation]
    type: organization
    aliases: OIC, Organization of Islamic Cooperation

    [ASEAN]
    type: organization
    aliases: Association of Southeast Asian Nations, Association of South East Asian Nations

    [G7]
    type: organization
    aliases: G-7, Group of Seven

    [G20]
    type: organization
    aliases: G-20, Group of Twenty, Group of 20

    [BRICS]
    type: organization

    [Shanghai Cooperation Organisation]
    type: organization
    aliases: SCO, Shanghai Cooperation Organization

    [Collective Security Treaty Organization]
    type: organization
    aliases: CSTO

    [Commonwealth of Independent States]
    type: organization
    aliases: CIS

    [Eurasian Economic Union]
    type: organization
    aliases: EAEU

    [Commonwealth of Nations]
    type: organization

    [ECOWAS]
    type: organization
    aliases: Economic Community of West African States

    [Southern African Development Community]
    type: organization
    aliases: SADC

    [IGAD]
    type: organization
    aliases: Intergovernmental Authority on Development

    [East African Community]
    type: organization
    aliases: EAC

    [Organization of American States]
    type: organization
    aliases: OAS

    [Mercosur]
    type: organization
    aliases: Mercosul

    [APEC]
    type: organization
    aliases: Asia-Pacific Economic Cooperation

    [International Criminal Court]
    type: organization
    aliases: ICC

    [International Court of Justice]
    type: organization
    aliases: ICJ, World Court
    affiliation: United Nations

    [International Committee of the Red Cross]
    type: organization
    aliases: ICRC, Red Cross

    [International Federation of Red Cross and Red Crescent Societies]
    type: organization
    aliases: IFRC

    [Amnesty International]
    type: organization

    [Human Rights Watch]
    type: organization
    aliases: HRW

    [Médecins Sans Frontières]
    type: organization
    aliases: MSF, Medecins Sans Frontieres, Doctors Without Borders

    [Save the Children]
    type: organization

    [Oxfam]
    type: organization
    aliases: Oxfam International

    [International Rescue Committee]
    type: organization
    aliases: IRC

    [Norwegian Refugee Council]
    type: organization
    aliases: NRC

    [Reporters Without Borders]
    type: organization
    aliases: Reporters Sans Frontières, Reporters Sans Frontieres

    [Committee to Protect Journalists]
    type: organization
    aliases: CPJ

    [Transparency International]
    type: organization

    [International Crisis Group]
    type: organization
    aliases: Crisis Group

    [Syrian Observatory for Human Rights]
    type: organization
    aliases: SOHR

    [White Helmets]
    type: organization
    aliases: Syria Civil Defence, Syrian Civil Defence

    [Interpol]
    type: organization
    aliases: International Criminal Police Organization

    [Financial Action Task Force]
    type: organization
    aliases: FATF

    [Bank for International Settlements]
    type: organization
    aliases: BIS

    [World Economic Forum]
    type: organization
    aliases: WEF

    [International Olympic Committee]
    type: organization
    aliases: IOC

    [FIFA]
    type: organization

    # ============================================================================
    # National institutions (affiliation = the country or body they belong to)
    # ============================================================================

    # --- United States ----------------------------------------------------------

    [National Aeronautics and Space Administration]
    type: organization
    aliases: NASA
    affiliation: United States

    [White House]
    type: organization
    affiliation: United States

    [Pentagon]
    type: organization
    aliases: Department of Defense, U.S. Department of Defense, US Department of Defense, Defense Department, DoD, Department of War
    affiliation: United States

    [State Department]
    type: organization
    aliases: U.S. State Department, US State Department, Department of State, U.S. Department of State
    affiliation: United States

    [US Treasury]
    type: organization
    aliases: U.S. Treasury, Treasury Department, U.S. Treasury Department, Department of the Treasury
    affiliation: United States

    [Justice Department]
    type: organization
    aliases: U.S. Justice Department, US Justice Department, Department of Justice, DOJ
    affiliation: United States

    [Department of Homeland Security]
    type: organization
    aliases: DHS, Homeland Security Department
    affiliation: United States

    [National Security Council]
    type: organization
    aliases: NSC
    affiliation: United States

    [US Congress]
    type: organization
    aliases: U.S. Congress, United States Congress, Congress
    affiliation: United States

    [US Senate]
    type: organization
    aliases: U.S. Senate, United States Senate
    affiliation: US Congress

    [House of Representatives]
    type: organization
    aliases: U.S. House of Representatives, US House of Representatives, U.S. House, US House
    affiliation: US Congress

    [US Supreme Court]
    type: organization
    aliases: U.S. Supreme Court, Supreme Court of the United States, SCOTUS
    affiliation: United States

    [Federal Reserve]
    type: organization
    aliases: Fed, U.S. Federal Reserve, US Federal Reserve, Federal Reserve Board, Federal Reserve System
    affiliation: United States

    [CIA]
    type: organization
    aliases: Central Intelligence Agency
    affiliation: United States

    [FBI]
    type: organization
    aliases: Federal Bureau of Investigation
    affiliation: United States

    [NSA]
    type: organization
    aliases: National Security Agency
    affiliation: United States

    [CENTCOM]
    type: organization
    aliases: U.S. Central Command, US Central Command
    affiliation: Pentagon

    [USAID]
    type: organization
    aliases: U.S. Agency for International Development, US Agency for International Development
    affiliation: United States

    # --- Russia -----------------------------------------------------------------

    [Kremlin]
    type: organization
    affiliation: Russia

    [State Duma]
    type: organization
    aliases: Duma
    affiliation: Russia

    [Federation Council]
    type: organization
    affiliation: Russia

    [Russian Foreign Ministry]
    type: organization
    aliases: Russian Ministry of Foreign Affairs
    affiliation: Russia

    [Russian Defence Ministry]
    type: organization
    aliases: Russian Defense Ministry, Russian Ministry of Defence, Russian Ministry of Defense
    affiliation: Russia

    [FSB]
    type: organization
    aliases: Federal Security Service
    affiliation: Russia

    [GRU]
    type: organization
    aliases: Russian military intelligence
    affiliation: Russia

    [SVR]
    type: organization
    aliases: Russian Foreign Intelligence Service
    affiliation: Russia

    [Bank of Russia]
    type: organization
    aliases: Central Bank of Russia, Russian Central Bank
    affiliation: Russia

    # --- United Kingdom ---------------------------------------------------------

    [Downing Street]
    type: organization
    aliases: 10 Downing Street, Number 10, No 10, No. 10
    affiliation: United Kingdom

    [Foreign Office]
    type: organization
    aliases: FCDO, Foreign Commonwealth and Development Office, Foreign and Commonwealth Office, FCO
    affiliation: United Kingdom

    [UK Ministry of Defence]
    type: organization
    aliases: British Ministry of Defence, MoD
    affiliation: United Kingdom

    [UK Parliament]
    type: organization
    aliases: British Parliament, Parliament of the United Kingdom, Westminster
    affiliation: United Kingdom

    [House of Commons]
    type: organization
    affiliation: UK Parliament

    [House of Lords]
    type: organization
    affiliation: UK Parliament

    [Bank of England]
    type: organization
    aliases: BoE
    affiliation: United Kingdom

    [MI5]
    type: organization
    affiliation: United Kingdom

    [MI6]
    type: organization
    aliases: Secret Intelligence Service, SIS
    affiliation: United Kingdom

    [GCHQ]
    type: organization
    aliases: Government Communications Headquarters
    affiliation: United Kingdom

    [British Army]
    type: organization
    affiliation: United Kingdom

    # --- France -----------------------------------------------------------------

    [Élysée Palace]
    type: organization
    aliases: Élysée, Elysee Palace, Elysee
    affiliation: France

    [Matignon]
    type: organization
    aliases: Hôtel Matignon, Hotel Matignon
    affiliation: France

    [Quai d'Orsay]
    type: organization
    aliases: French Foreign Ministry, French Ministry of Foreign Affairs
    affiliation: France

    [French National Assembly]
    type: organization
    aliases: Assemblée nationale, Assemblee nationale
    affiliation: France

    [DGSE]
    type: organization
    aliases: General Directorate for External Security
    affiliation: France

    [Banque de France]
    type: organization
    aliases: Bank of France
    affiliation: France

    # --- Germany ----------------------------------------------------------------

    [Bundestag]
    type: organization
    affiliation: Germany

    [Bundesrat]
    type: organization
    affiliation: Germany

    [German Chancellery]
    type: organization
    aliases: Kanzleramt, Bundeskanzleramt
    affiliation: Germany

    [Bundeswehr]
    type: organization
    aliases: German armed forces
    affiliation: Germany

    [Bundesbank]
    type: organization
    aliases: Deutsche Bundesbank
    affiliation: Germany

    [BND]
    type: organization
    aliases: Bundesnachrichtendienst, Federal Intelligence Service
    affiliation: Germany

    # --- Israel and Palestine ---------------------------------------------------

    [Knesset]
    type: organization
    affiliation: Israel

    [Israel Defense Forces]
    type: organization
    aliases: IDF, Israel Defence Forces, Israeli Defense Forces, Israeli army, Israeli military, Tzahal
    affiliation: Israel

    [Israeli Air Force]
    type: organization
    affiliation: Israel Defense Forces

    [Mossad]
    type: organization
    affiliation: Israel

    [Shin Bet]
    type: organization
    aliases: Shabak, Israel Security Agency
    affiliation: Israel

    [COGAT]
    type: organization
    aliases: Coordinator of Government Activities in the Territories
    affiliation: Israel

    [Bank of Israel]
    type: organization
    affiliation: Israel

    [Palestinian Authority]
    type: organization
    aliases: PA, Palestinian National Authority, PNA
    affiliation: Palestine

    [Palestine Liberation Organization]
    type: organization
    aliases: PLO, Palestine Liberation Organisation
    affiliation: Palestine

    [Palestine Red Crescent Society]
    type: organization
    aliases: Palestinian Red Crescent, Palestine Red Crescent, PRCS
    affiliation: Palestine

    # --- Iran -------------------------------------------------------------------

    [Islamic Revolutionary Guard Corps]
    type: organization
    aliases: IRGC, Revolutionary Guards, Revolutionary Guard, Revolutionary Guard Corps, Iranian Revolutionary Guard Corps, Iran's Revolutionary Guards, Sepah, Pasdaran
    affiliation: Iran

    [Quds Force]
    type: organization
    aliases: Qods Force, IRGC Quds Force, IRGC-QF
    affiliation: Islamic Revolutionary Guard Corps

    [Basij]
    type: organization
    affiliation: Islamic Revolutionary Guard Corps

    [Majlis]
    type: organization
    aliases: Islamic Consultative Assembly, Iranian parliament
    affiliation: Iran

    [Guardian Council]
    type: organization
    aliases: Council of Guardians, Guardian Council of the Constitution
    affiliation: Iran

    [Assembly of Experts]
    type: organization
    affiliation: Iran

    [Iranian Ministry of Intelligence]
    type: organization
    aliases: MOIS, Ministry of Intelligence and Security
    affiliation: Iran

    [Atomic Energy Organization of Iran]
    type: organization
    aliases: AEOI
    affiliation: Iran

    # --- China ------------------------------------------------------------------

    [Chinese Communist Party]
    type: organization
    aliases: Communist Party of China, CCP, CPC
    affiliation: China

    [Zhongnanhai]
    type: organization
    affiliation: China

    [National People's Congress]
    type: organization
    aliases: NPC
    affiliation: China

    [People's Liberation Army]
    type: organization
    aliases: PLA
    affiliation: China

    [Ministry of State Security]
    type: organization
    aliases: MSS
    affiliation: China

    [People's Bank of China]
    type: organization
    aliases: PBOC
    affiliation: China

    # --- Japan and the Koreas ---------------------------------------------------

    [Bank of Japan]
    type: organization
    aliases: BOJ
    affiliation: Japan

    [National Diet]
    type: organization
    aliases: Japanese Diet
    affiliation: Japan

    [Japan Self-Defense Forces]
    type: organization
    aliases: JSDF, Self-Defense Forces
    affiliation: Japan

    [Korean People's Army]
    type: organization
    aliases: KPA, North Korean army
    affiliation: North Korea

    [National Intelligence Service]
    type: organization
    aliases: NIS
    affiliation: South Korea

    # --- South Asia -------------------------------------------------------------

    [Lok Sabha]
    type: organization
    affiliation: India

    [Rajya Sabha]
    type: organization
    affiliation: India

    [Reserve Bank of India]
    type: organization
    aliases: RBI
    affiliation: India

    [Research and Analysis Wing]
    type: organization
    aliases: R&AW
    affiliation: India

    [Indian Army]
    type: organization
    affiliation: India

    [Inter-Services Intelligence]
    type: organization
    aliases: ISI
    affiliation: Pakistan

    [Pakistan Army]
    type: organization
    aliases: Pakistani army
    affiliation: Pakistan

    # --- Turkey, Ukraine, Middle East and elsewhere -----------------------------

    [Grand National Assembly of Turkey]
    type: organization
    aliases: Turkish Grand National Assembly, TBMM, Turkish parliament
    affiliation: Turkey

    [Turkish Armed Forces]
    type: organization
    aliases: TSK
    affiliation: Turkey

    [National Intelligence Organization]
    type: organization
    aliases: Turkish intelligence agency
    affiliation: Turkey

    [Verkhovna Rada]
    type: organization
    aliases: Rada, Ukrainian parliament
    affiliation: Ukraine

    [Security Service of Ukraine]
    type: organization
    aliases: SBU
    affiliation: Ukraine

    [Armed Forces of Ukraine]
    type: organization
    aliases: Ukrainian Armed Forces, Ukrainian army
    affiliation: Ukraine

    [Defence Intelligence of Ukraine]
    type: organization
    aliases: HUR, GUR, Ukrainian military intelligence
    affiliation: Ukraine

    [Syrian Arab Army]
    type: organization
    aliases: SAA, Syrian army
    affiliation: Syria

    [Lebanese Armed Forces]
    type: organization
    aliases: LAF, Lebanese army
    affiliation: Lebanon

    [Kurdistan Regional Government]
    type: organization
    aliases: KRG
    affiliation: Iraq

    [Peshmerga]
    type: organization
    affiliation: Kurdistan Regional Government

    [Sudanese Armed Forces]
    type: organization
    aliases: SAF, Sudanese army
    affiliation: Sudan

    [Tatmadaw]
    type: organization
    aliases: Myanmar military, Myanmar army
    affiliation: Myanmar

    # --- Political parties, with the nouns for their members --------------------

    [Democratic Party]
    type: organization
    aliases: Democrats, US Democratic Party
    affiliation: United States

    [Republican Party]
    type: organization
    aliases: Republicans, GOP, Grand Old Party
    affiliation: United States

    [Conservative Party]
    type: organization
    aliases: Conservatives, Tories, Tory Party, Conservative and Unionist Party
    affiliation: United Kingdom

    [Labour Party]
    type: organization
    aliases: Labour, UK Labour Party
    affiliation: United Kingdom

    [Liberal Democrats]
    type: organization
    aliases: Lib Dems, Liberal Democrat Party
    affiliation: United Kingdom

    [Scottish National Party]
    type: organization
    aliases: SNP
    affiliation: United Kingdom

    [Australian Labor Party]
    type: organization
    aliases: Labor Party
    affiliation: Australia

    [Bharatiya Janata Party]
    type: organization
    aliases: BJP
    affiliation: India

    [African National Congress]
    type: organization
    aliases: ANC
    affiliation: South Africa

    # ============================================================================
    # Armed and political groups (affiliation = where they are based, or the
    # parent group for a named branch)
    # ============================================================================

    [Hezbollah]
    type: group
    aliases: Hizbollah, Hizballah, Hezbolla, Hizbullah
    affiliation: Lebanon

    [Hamas]
    type: group
    aliases: Islamic Resistance Movement
    affiliation: Palestine

    [Qassam Brigades]
    type: group
    aliases: al-Qassam Brigades, Izz ad-Din al-Qassam Brigades, Izz al-Din al-Qassam Brigades, Ezzedine al-Qassam Brigades
    affiliation: Hamas

    [Palestinian Islamic Jihad]
    type: group
    aliases: Islamic Jihad, PIJ, Islamic Jihad Movement in Palestine
    affiliation: Palestine

    [Fatah]
    type: group
    affiliation: Palestine

    [Al-Aqsa Martyrs' Brigades]
    type: group
    aliases: Al-Aqsa Martyrs Brigades, Al-Aqsa Martyrs Brigade
    affiliation: Fatah

    [Popular Front for the Liberation of Palestine]
    type: group
    aliases: PFLP
    affiliation: Palestine

    [ISIS]
    type: group
    aliases: Islamic State, Islamic State group, ISIL, Daesh, Da'esh, Islamic State of Iraq and Syria, Islamic State of Iraq and the Levant, Islamic State of Iraq and al-Sham

    [Islamic State Khorasan Province]
    type: group
    aliases: ISIS-K, ISKP, IS-K, Islamic State Khorasan, ISIS-Khorasan
    affiliation: ISIS

    [Islamic State West Africa Province]
    type: group
    aliases: ISWAP
    affiliation: ISIS

    [al-Qaeda]
    type: group
    aliases: al Qaeda, al-Qaida, al Qaida, al-Qa'ida, al-Qa'eda, Al Qaeda Central

    [al-Qaeda in the Arabian Peninsula]
    type: group
    aliases: AQAP, al Qaeda in the Arabian Peninsula, al-Qaida in the Arabian Peninsula
    affiliation: al-Qaeda

    [al-Qaeda in the Islamic Maghreb]
    type: group
    aliases: AQIM, al Qaeda in the Islamic Maghreb, al-Qaida in the Islamic Maghreb
    affiliation: al-Qaeda

    [JNIM]
    type: group
    aliases: Jama'at Nusrat al-Islam wal-Muslimin, Jamaat Nusrat al-Islam wal-Muslimin, Group for the Support of Islam and Muslims
    affiliation: Mali

    [al-Shabaab]
    type: group
    aliases: al-Shabab, al Shabaab, al Shabab, Shabaab, Harakat al-Shabaab al-Mujahideen
    affiliation: Somalia

    [Boko Haram]
    type: group
    affiliation: Nigeria

    [Taliban]
    type: group
    aliases: Afghan Taliban, Islamic Emirate of Afghanistan
    affiliation: Afghanistan

    [Haqqani network]
    type: group
    affiliation: Afghanistan

    [Tehrik-i-Taliban Pakistan]
    type: group
    aliases: TTP, Pakistani Taliban, Tehreek-e-Taliban Pakistan
    affiliation: Pakistan

    [Lashkar-e-Taiba]
    type: group
    aliases: LeT, Lashkar-e-Tayyiba, Lashkar-e-Toiba
    affiliation: Pakistan

    [Jaish-e-Mohammed]
    type: group
    aliases: JeM, Jaish-e-Muhammad
    affiliation: Pakistan

    [Houthis]
    type: group
    aliases: Houthi, Houthi movement, Houthi rebels, Huthis, Huthi, Ansar Allah, Ansarallah
    affiliation: Yemen

    [Wagner Group]
    type: group
    aliases: Wagner, PMC Wagner, Wagner PMC
    affiliation: Russia

    [PKK]
    type: group
    aliases: Kurdistan Workers' Party, Kurdistan Workers Party
    affiliation: Turkey

    [YPG]
    type: group
    aliases: People's Protection Units
    affiliation: Syria

    [Syrian Democratic Forces]
    type: group
    aliases: SDF
    affiliation: Syria

    [Free Syrian Army]
    type: group
    aliases: FSA
    affiliation: Syria

    [Syrian National Army]
    type: group
    aliases: SNA, Turkish-backed Syrian National Army
    affiliation: Syria

    [Hayat Tahrir al-Sham]
    type: group
    aliases: HTS, Hay'at Tahrir al-Sham, Tahrir al-Sham
    affiliation: Syria

    [Nusra Front]
    type: group
    aliases: al-Nusra Front, Jabhat al-Nusra, al-Nusra, Jabhat Fateh al-Sham
    affiliation: Syria

    [Popular Mobilization Forces]
    type: group
    aliases: PMF, Popular Mobilisation Forces, Popular Mobilization Units, PMU, Hashd al-Shaabi, al-Hashd al-Shaabi
    affiliation: Iraq

    [Kataib Hezbollah]
    type: group
    aliases: Kata'ib Hezbollah, Kataeb Hezbollah
    affiliation: Iraq

    [Asaib Ahl al-Haq]
    type: group
    aliases: Asa'ib Ahl al-Haq
    affiliation: Iraq

    [Muslim Brotherhood]
    type: group
    aliases: Society of the Muslim Brothers, Ikhwan
    affiliation: Egypt

    [Rapid Support Forces]
    type: group
    aliases: RSF
    affiliation: Sudan

    [M23]
    type: group
    aliases: March 23 Movement, M23 rebels
    affiliation: Democratic Republic of the Congo

    [Tigray People's Liberation Front]
    type: group
    aliases: TPLF
    affiliation: Ethiopia

    [FARC]
    type: group
    aliases: Revolutionary Armed Forces of Colombia
    affiliation: Colombia

    [ELN]
    type: group
    aliases: National Liberation Army
    affiliation: Colombia

    [Sinaloa Cartel]
    type: group
    affiliation: Mexico

    [Azov Brigade]
    type: group
    aliases: Azov Regiment, Azov Battalion
    affiliation: Ukraine

    # ============================================================================
    # News media and agencies. A leading "The" is ignored by the matcher, so it is
    # never repeated as an alias. Affiliation is given only for state-run outlets
    # (or outlets run by a named body), never for public-service broadcasters.
    # ============================================================================

    # --- Wire services and news agencies ----------------------------------------

    [Wikinews]
    type: media

    [Reuters]
    type: media
    aliases: Thomson Reuters

    [Associated Press]
    type: media
    aliases: AP, A.P.

    [Agence France-Presse]
    type: media
    aliases: AFP, Agence France Presse, France-Presse

    [Bloomberg]
    type: media
    aliases: Bloomberg News

    [United Press International]
    type: media
    aliases: UPI

    [dpa]
    type: media
    aliases: Deutsche Presse-Agentur

    [ANSA]
    type: media

    [EFE]
    type: media
    aliases: Agencia EFE

    [PA Media]
    type: media
    aliases: Press Association

    [Kyodo]
    type: media
    aliases: Kyodo News

    [Jiji Press]
    type: media
    aliases: Jiji

    [Yonhap]
    type: media
    aliases: Yonhap News Agency

    [Xinhua]
    type: media
    aliases: Xinhua News Agency
    affiliation: China

    [TASS]
    type: media
    aliases: ITAR-TASS
    affiliation: Russia

    [RIA Novosti]
    type: media
    aliases: RIA
    affiliation: Russia

    [Interfax]
    type: media

    [Sputnik]
    type: media
    aliases: Sputnik News
    affiliation: Russia

    [Anadolu Agency]
    type: media
    aliases: Anadolu
    affiliation: Turkey

    [IRNA]
    type: media
    aliases: Islamic Republic News Agency
    affiliation: Iran

    [Fars News Agency]
    type: media
    aliases: Fars
    affiliation: Islamic Revolutionary Guard Corps

    [Tasnim News Agency]
    type: media
    aliases: Tasnim
    affiliation: Islamic Revolutionary Guard Corps

    [ISNA]
    type: media
    aliases: Iranian Students' News Agency

    [Mehr News Agency]
    type: media
    aliases: Mehr

    [SANA]
    type: media
    aliases: Syrian Arab News Agency
    affiliation: Syria

    [WAFA]
    type: media
    aliases: WAFA news agency, Palestinian News and Information Agency
    affiliation: Palestinian Authority

    [Middle East News Agency]
    type: media
    aliases: MENA
    affiliation: Egypt

    [Saudi Press Agency]
    type: media
    affiliation: Saudi Arabia

    [WAM]
    type: media
    aliases: Emirates News Agency
    affiliation: United Arab Emirates

    [Qatar News Agency]
    type: media
    aliases: QNA
    affiliation: Qatar

    [Kuwait News Agency]
    type: media
    aliases: KUNA
    affiliation: Kuwait

    [Petra News Agency]
    type: media
    aliases: Jordan News Agency
    affiliation: Jordan

    [National News Agency]
    type: media
    aliases: NNA
    affiliation: Lebanon

    [Press Trust of India]
    type: media
    aliases: PTI

    [Asian News International]
    type: media
    aliases: ANI

    [KCNA]
    type: media
    aliases: Korean Central News Agency
    affiliation: North Korea

    [Central News Agency]
    type: media
    aliases: Focus Taiwan
    affiliation: Taiwan

    [Australian Associated Press]
    type: media
    aliases: AAP

    # --- Broadcasters -----------------------------------------------------------

    [BBC]
    type: media
    aliases: BBC News, British Broadcasting Corporation, BBC World Service

    [CNN]
    type: media
    aliases: Cable News Network

    [Fox News]
    type: media
    aliases: Fox News Channel

    [NBC News]
    type: media
    aliases: NBC

    [CBS News]
    type: media
    aliases: CBS

    [ABC News]
    type: media
    aliases: ABC, American Broadcasting Company

    [MSNBC]
    type: media
    aliases: MS NOW

    [CNBC]
    type: media

    [NPR]
    type: media
    aliases: National Public Radio

    [PBS]
    type: media
    aliases: PBS NewsHour, Public Broadcasting Service

    [Voice of America]
    type: media
    aliases: VOA

    [Radio Free Europe/Radio Liberty]
    type: media
    aliases: RFE/RL, Radio Free Europe, Radio Liberty

    [Sky News]
    type: media

    [ITV News]
    type: media
    aliases: ITV

    [Channel 4 News]
    type: media
    aliases: Channel 4

    [Al Jazeera]
    type: media
    aliases: Al-Jazeera, Aljazeera, Al Jazeera English

    [Al Arabiya]
    type: media
    aliases: Al-Arabiya

    [Alhurra]
    type: media
    aliases: Al Hurra, Al-Hurra

    [Al Mayadeen]
    type: media
    aliases: Al-Mayadeen

    [Al-Manar]
    type: media
    aliases: Al Manar
    affiliation: Hezbollah

    [Al-Aqsa TV]
    type: media
    aliases: Al-Aqsa television
    affiliation: Hamas

    [Press TV]
    type: media
    aliases: PressTV
    affiliation: Iran

    [RT]
    type: media
    aliases: Russia Today
    affiliation: Russia

    [France 24]
    type: media
    aliases: France24

    [RFI]
    type: media
    aliases: Radio France Internationale

    [Deutsche Welle]
    type: media
    aliases: DW

    [Euronews]
    type: media

    [TRT World]
    type: media
    aliases: TRT
    affiliation: Turkey

    [Kan]
    type: media
    aliases: Kan 11, Kan News, Israeli Public Broadcasting Corporation

    [Channel 12 News]
    type: media
    aliases: N12, Keshet 12

    [i24NEWS]
    type: media
    aliases: i24 News

    [Army Radio]
    type: media
    aliases: Galei Tzahal, Galatz

    [NHK]
    type: media
    aliases: Japan Broadcasting Corporation

    [CGTN]
    type: media
    aliases: China Global Television Network
    affiliation: China

    [China Central Television]
    type: media
    aliases: China Central TV
    affiliation: China

    [CNA]
    type: media
    aliases: Channel NewsAsia

    [CBC]
    type: media
    aliases: CBC News, Canadian Broadcasting Corporation

    [Australian Broadcasting Corporation]
    type: media
    aliases: ABC Australia, ABC News Australia

    # --- Newspapers, magazines and news sites: North America --------------------

    [The New York Times]
    type: media
    aliases: NYT, New York Times Co., NY Times, N.Y. Times

    [The Washington Post]
    type: media
    aliases: WaPo

    [The Wall Street Journal]
    type: media
    aliases: WSJ, Wall St. Journal

    [USA Today]
    type: media

    [Los Angeles Times]
    type: media
    aliases: LA Times, L.A. Times

    [Chicago Tribune]
    type: media

    [The Boston Globe]
    type: media

    [New York Post]
    type: media
    aliases: NY Post

    [Politico]
    type: media
    aliases: Politico Europe

    [Axios]
    type: media

    [The Hill]
    type: media

    [Forbes]
    type: media

    [The Atlantic]
    type: media

    [The New Yorker]
    type: media

    [Time magazine]
    type: media

    [Newsweek]
    type: media

    [Vox]
    type: media

    [BuzzFeed News]
    type: media

    [HuffPost]
    type: media
    aliases: Huffington Post

    [The Daily Beast]
    type: media

    [ProPublica]
    type: media

    [Breitbart News]
    type: media
    aliases: Breitbart

    [Foreign Policy]
    type: media

    [The Globe and Mail]
    type: media

    # --- Britain and Ireland ----------------------------------------------------

    [Financial Times]
    type: media
    aliases: FT

    [The Guardian]
    type: media

    [The Times]
    type: media
    aliases: Times of London

    [The Sunday Times]
    type: media

    [The Telegraph]
    type: media
    aliases: Daily Telegraph, Sunday Telegraph

    [The Economist]
    type: media

    [The Independent]
    type: media

    [Daily Mail]
    type: media
    aliases: MailOnline, Mail on Sunday

    [Daily Mirror]
    type: media

    [Middle East Eye]
    type: media
    aliases: MEE

    [Janes]
    type: media
    aliases: Jane's, Jane's Defence Weekly

    [Bellingcat]
    type: media

    # --- Continental Europe -----------------------------------------------------

    [Le Monde]
    type: media

    [Le Figaro]
    type: media

    [Libération]
    type: media

    [Der Spiegel]
    type: media
    aliases: Spiegel, Spiegel Online

    [Die Zeit]
    type: media
    aliases: Zeit Online

    [Frankfurter Allgemeine Zeitung]
    type: media
    aliases: FAZ, Frankfurter Allgemeine

    [Süddeutsche Zeitung]
    type: media
    aliases: Sueddeutsche Zeitung

    [Bild]
    type: media
    aliases: Bild-Zeitung

    [Die Welt]
    type: media

    [Neue Zürcher Zeitung]
    type: media
    aliases: NZZ, Neue Zuercher Zeitung

    [El País]
    type: media
    aliases: El Pais

    [El Mundo]
    type: media

    [Corriere della Sera]
    type: media

    [La Repubblica]
    type: media

    [Kommersant]
    type: media

    [Izvestia]
    type: media

    [Pravda]
    type: media

    [Rossiyskaya Gazeta]
    type: media
    affiliation: Russia

    [Novaya Gazeta]
    type: media

    [Meduza]
    type: media

    [The Moscow Times]
    type: media

    [The Kyiv Independent]
    type: media

    [Ukrainska Pravda]
    type: media

    # --- Middle East ------------------------------------------------------------

    [Haaretz]
    type: media

    [The Jerusalem Post]
    type: media
    aliases: JPost

    [The Times of Israel]
    type: media

    [Yedioth Ahronoth]
    type: media
    aliases: Yedioth, Yediot Aharonot, Yediot Ahronot, Ynet, Ynetnews

    [Israel Hayom]
    type: media

    [Maariv]
    type: media

    [Asharq Al-Awsat]
    type: media
    aliases: Asharq Alawsat, Al-Sharq al-Awsat

    [Al-Monitor]
    type: media
    aliases: Al Monitor

    [Arab News]
    type: media

    [Al-Ahram]
    type: media
    aliases: Al Ahram, Ahram Online

    [L'Orient-Le Jour]
    type: media
    aliases: L'Orient Today

    [An-Nahar]
    type: media
    aliases: Annahar

    [Al-Quds Al-Arabi]
    type: media

    [Rudaw]
    type: media

    [Daily Sabah]
    type: media

    [Hürriyet]
    type: media
    aliases: Hurriyet, Hurriyet Daily News

    [Tehran Times]
    type: media

    [Kayhan]
    type: media

    # --- Asia and the Pacific ---------------------------------------------------

    [South China Morning Post]
    type: media
    aliases: SCMP

    [People's Daily]
    type: media
    aliases: Renmin Ribao
    affiliation: Chinese Communist Party

    [Global Times]
    type: media
    affiliation: China

    [China Daily]
    type: media
    affiliation: China

    [Nikkei]
    type: media
    aliases: Nikkei Asia, Nihon Keizai Shimbun

    [Asahi Shimbun]
    type: media
    aliases: Asahi

    [Yomiuri Shimbun]
    type: media
    aliases: Yomiuri

    [The Japan Times]
    type: media

    [The Korea Herald]
    type: media

    [Chosun Ilbo]
    type: media

    [JoongAng Ilbo]
    type: media
    aliases: Korea JoongAng Daily

    [The Straits Times]
    type: media

    [The Jakarta Post]
    type: media

    [The Hindu]
    type: media

    [Times of India]
    type: media
    aliases: TOI

    [Hindustan Times]
    type: media

    [The Indian Express]
    type: media

    [Dawn]
    type: media

    [The Sydney Morning Herald]
    type: media
    aliases: SMH

    # --- Africa and Latin America -----------------------------------------------

    [News24]
    type: media

    [Jeune Afrique]
    type: media

    [Clarín]
    type: media
    aliases: Clarin

    [Folha de S.Paulo]
    type: media
    aliases: Folha de São Paulo, Folha de Sao Paulo, Folha

    [O Globo]
    type: media

    [Granma]
    type: media
    affiliation: Cuba
    """#
}
