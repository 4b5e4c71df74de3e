"""The stages that read a buyer message, before any intent is asked:

    normalise   width, traditional characters, emoticon codes, repeats, control characters
    numbers     heights, weights, money, quantities and sizes written any way (一米七, 120斤)
    tokenise    one shared jieba tokenizer with the domain words
    vocabulary  Aho-Corasick automata for names: couriers, regions, colours, the shop's own
    days        the days a buyer names: 今天, 周六, 30号, 10.8
    entities    what the message names: height, weight, size, colour, product, courier ...

Each is pure apart from its data files, loaded once per process.
"""
